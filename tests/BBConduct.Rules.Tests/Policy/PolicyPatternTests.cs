using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Rules.Detectors;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Policy;

/// <summary>The policy's opt-in "patterns" section: compiled safely, refused with a location when wrong, switched off after a timeout.</summary>
public sealed class PolicyPatternTests
{
    private static ConductPolicy Load(string json) => ConductPolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "school.json");

    private static string PolicyWith(string patternJson) =>
        "{\n  \"extends\": \"default\",\n  \"patterns\": {\n    \"school.fixture-code\": " + patternJson + "\n  }\n}";

    [Fact]
    public void A_pattern_becomes_a_rule_with_its_category_severity_message_and_span()
    {
        var policy = Load(PolicyWith("""{ "category": "Confidential", "pattern": "\\bFX-[0-9]{4}\\b", "severity": "block", "message": "Fixture codes are internal." }"""));
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        var result = screener.Screen("The code for Saturday is fx-1234, see you there");

        var finding = Assert.Single(result.Findings, f => f.RuleId == "school.fixture-code");
        Assert.Equal(Category.Confidential, finding.Category);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("Fixture codes are internal.", finding.Message);
        Assert.Equal("fx-1234", finding.Excerpt);
        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Contains("school.fixture-code", screener.RuleIds);
    }

    [Fact]
    public void A_pattern_without_severity_or_message_takes_the_categorys()
    {
        var policy = Load(PolicyWith("""{ "category": "Reputation", "pattern": "rival school" }"""));
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        var finding = Assert.Single(screener.Screen("the rival school is rubbish").Findings, f => f.RuleId == "school.fixture-code");

        Assert.Equal(policy.For(Category.Reputation).Severity, finding.Severity);
        Assert.Equal(policy.For(Category.Reputation).Message, finding.Message);
    }

    [Fact]
    public void Plain_patterns_compile_non_backtracking_and_backreferences_fall_back_with_a_timeout()
    {
        var plain = Load(PolicyWith("""{ "category": "Reputation", "pattern": "\\w{1,50}z" }""")).Patterns["school.fixture-code"].Regex;
        var backref = Load(PolicyWith("""{ "category": "Reputation", "pattern": "\\b(\\w+) \\1\\b" }""")).Patterns["school.fixture-code"].Regex;

        Assert.True(plain.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.False(backref.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(TimeSpan.FromMilliseconds(100), plain.MatchTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(100), backref.MatchTimeout);
    }

    [Fact]
    public void A_pattern_can_be_disabled_from_the_rules_section_by_its_id()
    {
        var policy = Load("""{ "extends": "default", "patterns": { "x.y": { "category": "Reputation", "pattern": "rival" } }, "rules": { "x.y": { "enabled": false } } }""");
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        Assert.DoesNotContain("x.y", screener.RuleIds);
    }

    [Theory]
    [InlineData("""{ "category": "Reputation", "pattern": "(unclosed" }""", "$.patterns.school.fixture-code.pattern", "not a valid regular expression")]
    [InlineData("""{ "category": "Reputation", "pattern": "" }""", "$.patterns.school.fixture-code.pattern", "empty")]
    [InlineData("""{ "pattern": "rival" }""", "$.patterns.school.fixture-code.category", "needs a category")]
    [InlineData("""{ "category": 99, "pattern": "rival" }""", "$.patterns.school.fixture-code.category", "needs a category")]
    [InlineData("""{ "category": "Reputation", "pattern": "rival", "severity": 7 }""", "$.patterns.school.fixture-code.severity", "severity")]
    public void A_wrong_pattern_is_refused_with_file_line_and_property(string pattern, string property, string problem)
    {
        var ex = Assert.Throws<PolicyException>(() => Load(PolicyWith(pattern)));

        Assert.Equal(property, ex.Property);
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("school.json(4)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_refused_without_quoting_it()
    {
        var ex = Assert.Throws<PolicyException>(() => Load(PolicyWith("""{ "category": "Reputation", "pattern": "POISON-7f3a[" }""")));

        Assert.DoesNotContain("POISON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fields_categories_and_bad_ids_are_refused()
    {
        Assert.Equal(4, Assert.Throws<PolicyException>(() => Load(PolicyWith("""{ "category": "Reputation", "pattern": "a", "flags": "i" }"""))).Line);
        Assert.Equal(4, Assert.Throws<PolicyException>(() => Load(PolicyWith("""{ "category": "Gossip", "pattern": "a" }"""))).Line);
        var badId = Assert.Throws<PolicyException>(() => Load("""{ "extends": "default", "patterns": { "has space": { "category": "Reputation", "pattern": "a" } } }"""));
        Assert.Equal("$.patterns.has space", badId.Property);
    }

    [Fact]
    public void Too_long_and_too_many_patterns_are_refused()
    {
        var longPattern = new string('a', 1001);
        Assert.Contains("longer than", Assert.Throws<PolicyException>(() => Load(PolicyWith($$"""{ "category": "Reputation", "pattern": "{{longPattern}}" }"""))).Message, StringComparison.Ordinal);

        var many = string.Join(",\n", Enumerable.Range(0, 101).Select(i => $$"""  "p{{i}}": { "category": "Reputation", "pattern": "x{{i}}y" }"""));
        var ex = Assert.Throws<PolicyException>(() => Load("{ \"extends\": \"default\", \"patterns\": {\n" + many + "\n} }"));
        Assert.Contains("limit is 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_nested_too_deeply_is_refused_with_its_line()
    {
        var deep = "{ \"extends\": \"default\",\n \"name\": " + new string('[', 40) + new string(']', 40) + " }";

        var ex = Assert.Throws<PolicyException>(() => Load(deep));

        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void A_pattern_that_times_out_is_switched_off_and_the_post_is_flagged_not_failed()
    {
        // A lookahead forces the backtracking engine; (a+)+$ against a run of a's ending in '!' backtracks for 2^n steps.
        var policy = Load(PolicyWith("""{ "category": "Reputation", "pattern": "(?=a)(a+)+$", "severity": "advise" }"""));
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();
        var slow = new string('a', 40) + "!";

        var first = screener.Screen(slow);
        var watch = Stopwatch.StartNew();
        var second = screener.Screen(slow);
        watch.Stop();

        Assert.Null(first.Error);
        var flag = Assert.Single(first.Findings, f => f.RuleId == "school.fixture-code");
        Assert.Equal(GuardedPatternDetector.DisabledDetail, flag.Detail);
        Assert.Equal(Category.Reputation, flag.Category);
        Assert.Equal(0, flag.Length);
        Assert.Null(second.Error);
        Assert.DoesNotContain(second.Findings, f => f.RuleId == "school.fixture-code");
        Assert.True(watch.ElapsedMilliseconds < 5_000, $"the disabled pattern still ran ({watch.ElapsedMilliseconds} ms)");
    }

    [Fact]
    public void Concurrent_timeouts_never_throw_and_every_result_stays_valid()
    {
        var policy = Load(PolicyWith("""{ "category": "Reputation", "pattern": "(?=a)(a+)+$" }"""));
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();
        var slow = new string('a', 40) + "!";

        var results = new ScreeningResult[16];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = screener.Screen(slow));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Contains(results, r => r.Findings.Any(f => f.Detail == GuardedPatternDetector.DisabledDetail));
        Assert.DoesNotContain(screener.Screen(slow).Findings, f => f.RuleId == "school.fixture-code");
    }

    [Fact]
    public void A_non_backtracking_pattern_over_a_megabyte_does_not_stall_screening()
    {
        // The case: \w{1,5000}z on 1 MB still timed out under NonBacktracking. Either it finishes or the breaker trips.
        var policy = Load(PolicyWith("""{ "category": "Reputation", "pattern": "\\w{1,5000}z" }"""));
        using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();

        var result = screener.Screen(new string('a', 1024 * 1024));

        Assert.Null(result.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "school.fixture-code" && f.Length > 0);
    }
}
