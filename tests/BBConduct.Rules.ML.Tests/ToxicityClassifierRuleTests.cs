using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.DependencyInjection;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace BBConduct.Rules.ML.Tests;

public class ToxicityClassifierRuleTests
{
    private const string Abuse = "Honestly Jake, you are a worthless pathetic idiot and everyone hates you.";

    [Fact]
    public void Rule_reports_harassment_with_probability_span_and_policy_clause()
    {
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(new ToxicityClassifierRule()).Build();
        var finding = Assert.Single(screener.Screen(Abuse).Findings, f => f.Category == Category.Harassment);
        var settings = ConductPolicy.Default.For(Category.Harassment);
        Assert.Equal("ml.toxicity", finding.RuleId);
        Assert.Equal(settings.Clause, finding.Clause);
        Assert.Equal(settings.EscalateTo, finding.EscalateTo);
        Assert.NotNull(finding.Score);
        Assert.InRange(finding.Score!.Value, ToxicityClassifier.LoadDefault().Heads[0].Threshold, 1.0);
        Assert.Equal(Abuse.Substring(finding.Start, finding.Length), finding.Excerpt);
    }

    [Theory]
    [InlineData(Abuse)]
    [InlineData("Shut up Sam, nobody wants your garbage opinions, you pathetic loser.")]
    [InlineData("Those people are vermin and should be thrown out of our school. You lot disgust me.")]
    public void Finding_span_and_score_are_those_the_classifier_explains_for_the_post(string text)
    {
        var classifier = ToxicityClassifier.LoadDefault();
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { UseRuleContext = false })).Build();

        var findings = screener.Screen(text).Findings;

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            var head = classifier.Heads.ToList().FindIndex(h => h.Name == finding.Detail);
            var explanation = classifier.Explain(text, head);
            Assert.Equal((explanation.Start, explanation.Length), (finding.Start, finding.Length));
            Assert.Equal(explanation.Probability, finding.Score!.Value, 5);
        }
    }

    [Fact]
    public void A_group_run_into_the_next_word_is_scored_as_written_apart_and_its_span_maps_back()
    {
        const string Glued = "Those Muslimsare vermin and should be thrown out of our school. You lot disgust me.";
        const string Spaced = "Those Muslims are vermin and should be thrown out of our school. You lot disgust me.";
        var classifier = ToxicityClassifier.LoadDefault();
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { UseRuleContext = false })).Build();

        var findings = screener.Screen(Glued).Findings;

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            var head = classifier.Heads.ToList().FindIndex(h => h.Name == finding.Detail);
            var explanation = classifier.Explain(Spaced, head);
            Assert.Equal(explanation.Probability, finding.Score!.Value, 5);
            Assert.Equal(Spaced.Substring(explanation.Start, explanation.Length), finding.Excerpt.Replace("Muslimsare", "Muslims are", StringComparison.Ordinal));
            Assert.Equal(Glued.Substring(finding.Start, finding.Length), finding.Excerpt);
        }
    }

    [Fact]
    public void Message_reads_the_same_whatever_the_current_culture()
    {
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(new ToxicityClassifierRule()).Build();
        var before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var invariant = screener.Screen(Abuse).Findings.Select(f => f.Message).ToList();
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var arabic = screener.Screen(Abuse).Findings.Select(f => f.Message).ToList();

            Assert.NotEmpty(invariant);
            Assert.Equal(invariant, arabic);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Rule_stays_quiet_on_a_friendly_post()
    {
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(new ToxicityClassifierRule()).Build();
        Assert.Empty(screener.Screen("Thank you to everyone who helped at the summer fair, it was a lovely day.").Findings);
    }

    [Fact]
    public void Threshold_option_overrides_the_model_threshold()
    {
        var never = new ToxicityClassifierRule(new ToxicityClassifierOptions { HarassmentThreshold = 1.0, ReportEqualityOffence = false });
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(never).Build();
        Assert.Empty(screener.Screen(Abuse).Findings);
    }

    [Fact]
    public void Options_with_a_threshold_outside_zero_to_one_are_rejected_when_the_rule_is_built()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ToxicityClassifierRule(new ToxicityClassifierOptions { EqualityThreshold = 1.5 }));
    }

    [Fact]
    public void AddToxicityClassifier_adds_the_rule_to_the_registered_screener_once()
    {
        var services = new ServiceCollection();
        services.AddConductScreening(b => b.WithoutDefaultRules());
        services.AddToxicityClassifier(o => o.Severity = Severity.Block);
        services.AddToxicityClassifier();
        using var provider = services.BuildServiceProvider();
        var screener = provider.GetRequiredService<ConductScreener>();
        Assert.Single(screener.RuleIds, id => id == "ml.toxicity");
        Assert.Contains(screener.Screen(Abuse).Findings, f => f.RuleId == "ml.toxicity" && f.Severity == Severity.Block);
    }
}
