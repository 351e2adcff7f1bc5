using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Telling someone they should not exist or would not be missed, and the same words said kindly or about things.</summary>
public sealed class TellingSomeoneToGoTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("nobody would care if you were gone")]
    [InlineData("why are you even alive")]
    [InlineData("you should just disappear")]
    [InlineData("do everyone a favour and leave the school")]
    public void Telling_someone_they_would_not_be_missed_is_harassment(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Harassment);

    [Theory]
    [InlineData("Do us all a favour and bring cake on Friday!")]
    [InlineData("The magician made the rabbit disappear!")]
    [InlineData("Remember: you matter, and people would miss you if you were gone. Talk to someone.")]
    public void The_same_words_said_kindly_or_about_things_are_not_harassment(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Harassment);
}
