using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Grooming cues in what an adult writes to a pupil, and the same words between pupils.</summary>
public sealed class GroomingCueTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    private static Post FromStaffToStudent(string text) => new(text)
    {
        Author = new Person("A teacher", Role.Staff),
        Recipients = [new Person("A pupil", Role.Student)],
        Channel = Channel.Social,
    };

    [Theory]
    [InlineData("are you home alone tonight?")]
    [InlineData("send me your address and I'll post you a present")]
    [InlineData("you're really mature for your age")]
    public void An_adult_asking_a_pupil_if_they_are_alone_or_where_they_live_is_a_grooming_cue(string text) =>
        Assert.Contains(Screener.Screen(FromStaffToStudent(text)).Findings, f => f.RuleId == "safeguarding.grooming-cue");

    [Theory]
    [InlineData("are you home alone tonight?")]
    [InlineData("send me your address and I'll post you a present")]
    public void The_same_words_between_pupils_are_not_a_grooming_cue(string text) =>
        Assert.DoesNotContain(
            Screener.Screen(new Post(text) { Author = new Person("A pupil", Role.Student), Channel = Channel.Social }).Findings,
            f => f.Category == Category.Safeguarding);
}
