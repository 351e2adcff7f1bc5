using BBConduct.Rules.ML.Evaluation;

namespace BBConduct.Rules.ML.Tests;

/// <summary>The model card: every figure comes from the report it is given, the whole engine's beside the rules alone.</summary>
public sealed class ModelCardTests
{
    private static EvaluationReport Report(double auc, double hateCheck, double falsePositives) => new(
        [new SetResult("Davidson test split", 100, 60, auc, 0.5, 0.6, 0.7)],
        [new SetResult("OLID test (level A)", 50, 20, auc - 0.1, 0.4, 0.5, 0.6)],
        new HateCheckResult(
            10,
            hateCheck,
            [new GroupResult("derog_impl_h", 10, hateCheck, 0, double.NaN)],
            [new GroupResult("women", 10, hateCheck, 4, falsePositives)]),
        [new GroupResult("muslim", 20, 1 - falsePositives, 20, falsePositives)]);

    [Fact]
    public void The_whole_engine_section_lists_each_set_with_the_rules_alone_beside_it()
    {
        var engine = new EngineReport(Report(0.91, 0.8, 0.125), Report(0.81, 0.7, 0.25), "Configured as in the test.");

        var card = ModelCard.Render(ToxicityClassifier.LoadDefault(), Report(0.5, 0.5, 0.5), "model.bbmodel", null, engine);

        Assert.Contains("## Figures for the whole engine", card, StringComparison.Ordinal);
        Assert.Contains("Configured as in the test.", card, StringComparison.Ordinal);
        Assert.Contains("| Davidson test split | 100 | 60 | 0.910 | 0.500 | 0.600 | 0.700 | 0.810 | 0.500 | 0.600 | 0.700 |", card, StringComparison.Ordinal);
        Assert.Contains("| OLID test (level A) | 50 | 20 | 0.810 |", card, StringComparison.Ordinal);
        Assert.Contains("| derog_impl_h | 10 | 80.0 % | 70.0 % |", card, StringComparison.Ordinal);
        Assert.Contains("| women | 4 | 12.5 % | 25.0 % |", card, StringComparison.Ordinal);
        Assert.Contains("| muslim | 20 | 12.5 % | 25.0 % |", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf("## Figures for the whole engine", StringComparison.Ordinal) < card.IndexOf("## Limits", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_an_engine_report_the_card_has_no_whole_engine_section()
    {
        var card = ModelCard.Render(ToxicityClassifier.LoadDefault(), Report(0.5, 0.5, 0.5), "model.bbmodel");

        Assert.DoesNotContain("## Figures for the whole engine", card, StringComparison.Ordinal);
        Assert.Contains("## Figures for the classifier alone", card, StringComparison.Ordinal);
    }
}
