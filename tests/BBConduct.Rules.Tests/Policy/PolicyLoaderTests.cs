using System.Text;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Policy;

public sealed class PolicyLoaderTests
{
    private static ConductPolicy Load(string json) => ConductPolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "school.json");

    [Fact]
    public void A_group_added_to_a_strand_s_rules_only_list_is_read_by_the_group_rules()
    {
        const string Text = "Yemeni pupils are vermin.";
        var policy = Load("{ \"extends\": \"default\", \"lexicons\": { \"identity.race.more\": { \"add\": [\"=yemeni pupils\"] } } }");
        using var withGroup = ConductScreener.CreateBuilder().WithPolicy(policy).Build();
        using var without = ConductScreener.CreateDefault();

        Assert.DoesNotContain(without.Screen(Text).Findings, f => f.Category == Category.EqualityOffence);
        var finding = Assert.Single(withGroup.Screen(Text).Findings, f => f.Category == Category.EqualityOffence);
        Assert.Equal("race", finding.Detail);
    }

    [Fact]
    public void Default_policy_covers_every_category()
    {
        Assert.Equal(Enum.GetValues<Category>().Length, ConductPolicy.Default.Categories.Count);
    }

    [Fact]
    public void Malformed_json_is_refused_with_file_and_line()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("{\n  \"extends\": \"default\",\n  \"rules\": {\n    \"x\": { \"enabled\": tru }\n  }\n}"));

        Assert.Equal(4, ex.Line);
        Assert.StartsWith("school.json(4)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_is_refused_naming_it()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("{\n  \"extends\": \"default\",\n  \"categories\": {\n    \"Profanity\": { \"severty\": \"block\" }\n  }\n}"));

        Assert.Contains("severty", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
    }

    [Fact]
    public void Unknown_severity_is_refused()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("{ \"extends\": \"default\", \"categories\": { \"Profanity\": { \"severity\": \"ban\" } } }"));

        Assert.Contains("$.categories.Profanity.severity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_term_is_refused_with_its_line_and_path()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("{\n\"extends\": \"default\",\n\"lexicons\": {\n\"profanity\": {\n\"add\": [\n\"ok\",\n\"\"\n]\n}\n}\n}"));

        Assert.Equal("$.lexicons.profanity.add[1]", ex.Property);
        Assert.Equal(7, ex.Line);
    }

    [Fact]
    public void Extending_the_default_changes_only_what_the_file_names()
    {
        var policy = Load("{ \"extends\": \"default\", \"categories\": { \"Reputation\": { \"severity\": \"review\" } }, \"lexicons\": { \"profanity\": { \"add\": [\"gadzooks\"] } } }");
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        var result = screener.Screen("Gadzooks, what a day");

        Assert.Equal(Severity.Review, policy.For(Category.Reputation).Severity);
        Assert.Equal(ConductPolicy.Default.For(Category.Threat), policy.For(Category.Threat));
        Assert.Contains(result.Findings, f => f.Category == Category.Profanity && f.Excerpt == "Gadzooks");
    }

    [Fact]
    public void A_rule_can_be_disabled_or_given_another_severity()
    {
        var policy = Load("{ \"extends\": \"default\", \"rules\": { \"profanity.lexicon\": { \"severity\": \"advise\" }, \"reputation.conduct\": { \"enabled\": false } } }");
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        var result = screener.Screen("so drunk last night, what a shit show");

        Assert.Equal(Verdict.Advise, result.Verdict);
        Assert.DoesNotContain(result.Findings, f => f.Category == Category.Reputation);
    }

    [Fact]
    public void Overriding_an_unknown_rule_fails_the_build_naming_it()
    {
        var policy = Load("{ \"extends\": \"default\", \"rules\": { \"profanity.lexicn\": { \"enabled\": false } } }");

        var ex = Assert.Throws<PolicyException>(() => ConductScreener.CreateBuilder().WithPolicy(policy).Build());

        Assert.Contains("profanity.lexicn", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_policy_is_refused()
    {
        var huge = new MemoryStream(new byte[17 * 1024 * 1024]);

        var ex = Assert.Throws<PolicyException>(() => ConductPolicy.Load(huge, "huge.json"));

        Assert.Contains("larger than", ex.Message, StringComparison.Ordinal);
    }
}
