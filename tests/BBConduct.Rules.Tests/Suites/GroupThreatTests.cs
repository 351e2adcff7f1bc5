using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Suites;

/// <summary>
/// Threats against a whole group (<c>Data/group-threats.jsonl</c>, 80 posts written for the project from the kinds of
/// threat the hate-speech literature describes, not from any evaluation set): direct ("I'm going to shoot the next …
/// I see"), normative ("… should be executed", "killing … should be legal") and commands ("kill all …"), beside their
/// contrasts ("nobody should hurt …", "violence against … is never okay", "I killed it at the Pride quiz"). The rules
/// were developed against it, so it guards against regressions; it is not a held-out measure.
/// </summary>
public sealed class GroupThreatTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    private static IEnumerable<(string Text, bool Hateful)> Suite() =>
        TestData.JsonLines("group-threats.jsonl").Select(item => (item.GetProperty("text").GetString()!, item.GetProperty("hateful").GetBoolean()));

    [Fact]
    public void Nine_in_ten_threats_against_a_group_are_reported()
    {
        var threats = Suite().Where(p => p.Hateful).ToList();
        var reported = threats.Count(p => Screener.Screen(p.Text).Findings.Any(f => f.Category is Category.Threat or Category.EqualityOffence));

        Assert.True(threats.Count >= 50, $"suite has {threats.Count} threats");
        Assert.True(reported >= 0.9 * threats.Count, $"{reported}/{threats.Count} reported");
    }

    [Fact]
    public void Condemnations_reports_and_idioms_of_violence_are_not_threats()
    {
        var wrong = Suite().Where(p => !p.Hateful && Screener.Screen(p.Text).Findings.Any(f => f.Category == Category.Threat)).Select(p => p.Text).ToList();

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("It should be legal to kill immigrants.")]
    [InlineData("Trans people must be eradicated.")]
    [InlineData("Kill all lesbians.")]
    [InlineData("I'm going to torture every Muslim I find.")]
    [InlineData("Why won't anyone admit that we should kill all immigrants?")]
    [InlineData("Wouldn't you say it's time to shoot every trans person?")]
    public void A_threat_against_a_group_is_a_threat(string text)
    {
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Threat);
    }

    [Theory]
    [InlineData("Nobody should ever hurt Muslims.")]
    [InlineData("Immigrants should be welcomed, not attacked.")]
    [InlineData("Someone wrote 'kill all Christians' on the wall and it's been reported.")]
    [InlineData("I'm starving, are you getting food?")]
    [InlineData("You need to put down your pens now.")]
    [InlineData("We're going to shoot a film about refugees next term.")]
    [InlineData("Let's round up donations for the Muslim food bank.")]
    public void Violence_denied_quoted_or_idiomatic_is_no_threat(string text)
    {
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Threat);
    }
}
