using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Harm written in pupils' own words, and the same words in ordinary school posts.</summary>
public sealed class PupilWordingTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("it would be a shame if something happened to your phone", Category.Threat)]
    [InlineData("found out where you live. see you soon", Category.Threat)]
    [InlineData("he's getting done in at the park later", Category.Threat)]
    [InlineData("shame if something happened to your locker, wouldn't it", Category.Threat)]
    [InlineData("that lad won't know what's hit him on friday", Category.Threat)]
    [InlineData("we made a new group chat without you, deal with it", Category.Harassment)]
    [InlineData("we made a gc without you btw", Category.Harassment)]
    [InlineData("everyone mute jake on the gc, he's so annoying", Category.Harassment)]
    [InlineData("lets all ignore amelia tomorrow", Category.Harassment)]
    [InlineData("been thinking about dying a lot lately", Category.Wellbeing)]
    [InlineData("i keep having panic attacks at night and can't sleep", Category.Wellbeing)]
    [InlineData("how many pills does it take", Category.Wellbeing)]
    [InlineData("lesbians only do it for attention", Category.EqualityOffence)]
    [InlineData("im not racist but the pakistani lads all stink", Category.EqualityOffence)]
    [InlineData("No offence but women can't drive", Category.EqualityOffence)]
    [InlineData("messaged a journalist about the head today", Category.MediaContact)]
    [InlineData("1 like = 1 piece of clothing off", Category.Sexual)]
    [InlineData("whats ur bra size", Category.Sexual)]
    [InlineData("the new timetable isn't public yet but the head says we start at 8 next year", Category.Confidential)]
    [InlineData("the mocks are the same as the ones on the shared drive lol", Category.Confidential)]
    [InlineData("she's easy, everyone's had her", Category.Sexual)]
    public void Harm_in_pupils_words_is_found(string text, Category category) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == category);

    [Theory]
    [InlineData("Everyone mute your mics please, the lesson is starting")]
    [InlineData("The Anglo-Saxon Chronicle tells the story of Alfred")]
    [InlineData("I'm done in after cross-country!")]
    [InlineData("If you're thinking about dying, please talk to someone you trust")]
    [InlineData("If you keep having panic attacks, the school nurse can help")]
    [InlineData("Unicorns aren't real but dragons are in our story")]
    [InlineData("It would be awful if someone got hurt on the trip, wouldn't it?")]
    [InlineData("I'm not racist, I love my Polish neighbours")]
    [InlineData("No offence but your essay needs more paragraphs")]
    [InlineData("E-safety: tell an adult if someone threatens to leak your pics")]
    [InlineData("the new minecraft update isn't public yet")]
    [InlineData("The Year 11 results letter goes out in August, watch your post!")]
    public void The_same_words_in_ordinary_posts_are_not_flagged(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category != Category.UnconsentedReference);
}
