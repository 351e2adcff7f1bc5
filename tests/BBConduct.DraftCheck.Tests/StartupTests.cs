using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;
using Microsoft.AspNetCore.Hosting;
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

    [Fact]
    public void People_setting_loads_the_registry_so_consented_staff_are_not_flagged()
    {
        var people = Path.Combine(AppContext.BaseDirectory, "people.csv");
        File.WriteAllText(people, "name,aliases,role,consent\nHelen Carter,Mrs Carter,staff,true\n");
        const string post = "Thank you Mrs Carter for a brilliant trip!";

        using var without = new DraftCheckFactory();
        using var with = without.WithWebHostBuilder(b => b.UseSetting("DraftCheck:People", people));

        Assert.Contains(Screen(without, post).Findings, f => f.Category == Category.UnconsentedReference);
        Assert.DoesNotContain(Screen(with, post).Findings, f => f.Category == Category.UnconsentedReference);
    }

    private static ScreeningResult Screen(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string text) =>
        factory.Services.GetRequiredService<IConductScreener>().Screen(new Post(text) { Author = new Person(null, Role.Parent) });
}
