using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Threats to one person in the idioms pupils use, and the same words in friendly or reported use.</summary>
public sealed class ThreatToOnePersonTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("Say that again and I'll smash your face in.")]
    [InlineData("Wait till I get my hands on you.")]
    [InlineData("Snitches get stitches.")]
    [InlineData("You're going to regret this.")]
    [InlineData("Keep talking and I'll knock your teeth out")]
    [InlineData("I'm battering him after school")]
    [InlineData("im punching him tomorrow")]
    public void An_idiomatic_threat_to_one_person_is_a_threat(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Threat);

    [Theory]
    [InlineData("Break a leg in the school play tonight!")]
    [InlineData("You won't regret joining the choir!")]
    [InlineData("Wait till I get my hands on the new art supplies!")]
    [InlineData("Nobody should ever say snitches get stitches to a pupil who reports bullying.")]
    [InlineData("We'll smash them next week, just watch.")]
    [InlineData("I'm punching the air, we won!")]
    [InlineData("I'm going to shoot some hoops with him later")]
    [InlineData("Millions of Jews were killed in the Holocaust.")]
    public void The_same_words_in_friendly_or_reported_use_are_not_a_threat(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Threat);
}
