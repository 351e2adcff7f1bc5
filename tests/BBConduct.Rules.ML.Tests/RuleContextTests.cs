using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.Tests;

/// <summary>The rules' reading of a post overrules the classifier where the policy is about people, not words.</summary>
public sealed class RuleContextTests
{
    private static ConductScreener Screener(bool useRuleContext) => ConductScreener.CreateBuilder()
        .WithoutDefaultRules()
        .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { UseRuleContext = useRuleContext, HarassmentThreshold = 0.05 }))
        .Build();

    [Fact]
    public void Untargeted_swearing_is_not_reported_as_harassment_by_the_classifier()
    {
        using var withContext = Screener(useRuleContext: true);
        using var without = Screener(useRuleContext: false);
        const string Text = "fuck yeah, finally finished the coursework";

        Assert.Contains(without.Screen(Text).Findings, f => f.Category == Category.Harassment);
        Assert.DoesNotContain(withContext.Screen(Text).Findings, f => f.Category == Category.Harassment);
    }

    [Fact]
    public void Aimed_abuse_is_still_reported()
    {
        using var withContext = Screener(useRuleContext: true);

        Assert.Contains(withContext.Screen("you are a worthless pathetic loser").Findings, f => f.Category == Category.Harassment && f.Score is > 0);
    }

    [Fact]
    public void Counter_speech_is_not_reported()
    {
        using var withContext = Screener(useRuleContext: true);
        using var without = Screener(useRuleContext: false);
        const string Text = "Calling someone a worthless loser is bullying and it is unacceptable.";

        Assert.NotEmpty(without.Screen(Text).Findings);
        Assert.Empty(withContext.Screen(Text).Findings);
    }
}
