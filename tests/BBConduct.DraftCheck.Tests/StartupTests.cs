using BBConduct.Rules.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace BBConduct.DraftCheck.Tests;

public sealed class StartupTests
{
    [Fact]
    public void Classifier_setting_false_leaves_the_model_out()
    {
        using var factory = new DraftCheckFactory();
        var screener = factory.Services.GetRequiredService<ConductScreener>();
        Assert.DoesNotContain("ml.toxicity", screener.RuleIds);
    }

    [Fact]
    public void App_as_shipped_screens_with_the_toxicity_classifier()
    {
        using var factory = new ClassifierDraftCheckFactory();
        var screener = factory.Services.GetRequiredService<ConductScreener>();
        Assert.Contains("ml.toxicity", screener.RuleIds);
    }
}
