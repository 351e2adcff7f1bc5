using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>
/// <c>Detect.Shared</c>: detectors of one name, in as many rules as use them, are worked out once a post and hand every
/// rule the same signals; the next post is worked out afresh.
/// </summary>
public sealed class SharedDetectorTests
{
    [Fact]
    public void Detectors_of_one_name_work_a_post_out_once_and_give_every_rule_the_same_signals()
    {
        var calls = new Counter();
        using var screener = ScreenerWithTwoRulesSharing("test.raid", calls);

        var findings = screener.Screen("epic tuck shop raid at break").Findings;

        Assert.Equal(1, calls.Value);
        var first = Assert.Single(findings, f => f.RuleId == "school.first");
        var second = Assert.Single(findings, f => f.RuleId == "school.second");
        Assert.Equal("raid", first.Excerpt);
        Assert.Equal((first.Start, first.Length), (second.Start, second.Length));
    }

    [Fact]
    public void Each_post_is_worked_out_afresh()
    {
        var calls = new Counter();
        using var screener = ScreenerWithTwoRulesSharing("test.raid", calls);

        Assert.Equal(2, screener.Screen("a raid on the tuck shop").Findings.Count(f => f.RuleId.StartsWith("school.", StringComparison.Ordinal)));
        Assert.DoesNotContain(screener.Screen("a quiet lunch").Findings, f => f.RuleId.StartsWith("school.", StringComparison.Ordinal));
        Assert.Equal(2, screener.Screen("another raid").Findings.Count(f => f.RuleId.StartsWith("school.", StringComparison.Ordinal)));

        Assert.Equal(3, calls.Value);
    }

    [Fact]
    public void Different_names_are_worked_out_separately()
    {
        var calls = new Counter();
        using var screener = ConductScreener.CreateBuilder()
            .AddRule(new PolicyRule("school.first", Category.Reputation, Detect.Shared("test.one", new WordDetector("raid", calls))))
            .AddRule(new PolicyRule("school.second", Category.Confidential, Detect.Shared("test.two", new WordDetector("raid", calls))))
            .Build();

        screener.Screen("epic tuck shop raid at break");

        Assert.Equal(2, calls.Value);
    }

    private static ConductScreener ScreenerWithTwoRulesSharing(string name, Counter calls) => ConductScreener.CreateBuilder()
        .AddRule(new PolicyRule("school.first", Category.Reputation, Detect.Shared(name, new WordDetector("raid", calls))))
        .AddRule(new PolicyRule("school.second", Category.Confidential, Detect.Shared(name, new WordDetector("raid", calls))))
        .Build();

    /// <summary>Finds one word by ordinal search and counts how often it was asked.</summary>
    private sealed class WordDetector(string word, Counter calls) : Detector
    {
        public override void Detect(ScreeningContext context, List<Signal> output)
        {
            calls.Value++;
            var at = context.Text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                output.Add(new Signal(at, word.Length, context.SentenceAt(at)));
            }
        }
    }

    private sealed class Counter
    {
        public int Value { get; set; }
    }
}
