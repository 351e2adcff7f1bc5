using System.Text;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Rules.Tests.Privacy;

/// <summary>Post text never reaches an error or exception message: poison strings go in, and none comes out.</summary>
public sealed class PrivacyTests
{
    private const string Poison = "POISON-7f3a9c";

    public static TheoryData<string> MalformedRecords => new(
        $$$"""{"text": "{{{Poison}}}" """,
        $$$"""{"text": "{{{Poison}}}", }}""",
        $$$"""{"text": "{{{Poison}}}\uD800x", "id": [1]}""",
        $$$"""{"text": "{{{Poison}}}", "channel": 5}""",
        $$$"""{"text": "{{{Poison}}}", "createdAt": "not a date"}""",
        $$$"""{"text": "{{{Poison}}}", "author": "a string"}""",
        $$$"""{"text": "{{{Poison}}}", "author": {"role": "headmaster"}}""",
        $$$"""{"text": "{{{Poison}}}", "recipients": {"role": "staff"}}""",
        $$$"""{"text": "{{{Poison}}}", "attachments": [{"altText": 1}]}""",
        $$$"""{"text": ["{{{Poison}}}"]}""",
        $$$"""["{{{Poison}}}"]""",
        $$$"""{"text": "{{{Poison}}}" "id": 1}""",
        $$$"""{"text": "{{{Poison}}}{{{new string('x', 100)}}}""",
        $$$"""{"text": "ok", "{{{Poison}}}": }""");

    [Theory]
    [MemberData(nameof(MalformedRecords))]
    public void A_malformed_record_is_refused_without_its_content_in_the_error(string json)
    {
        var ok = PostJson.TryParse(Encoding.UTF8.GetBytes(json), "posts.jsonl:3", "3", out _, out var error);

        Assert.False(ok);
        Assert.DoesNotContain("POISON", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_inside_a_record_is_refused_without_its_content()
    {
        var bytes = Encoding.UTF8.GetBytes($$$"""{"text": "{{{Poison}}}""").Concat(new byte[] { 0xFF, 0xC0, 0x80 }).Concat("\"}"u8.ToArray()).ToArray();

        var ok = PostJson.TryParse(bytes, "posts.jsonl:3", "3", out _, out var error);

        Assert.False(ok);
        Assert.DoesNotContain("POISON", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_throws_with_the_post_in_its_message_yields_an_error_without_it()
    {
        using var screener = ConductScreener.CreateBuilder().AddRule(new LeakyRule()).Build();

        var result = screener.Screen(new Post($"{Poison} and more") { Id = "p1" });

        Assert.NotNull(result.Error);
        Assert.DoesNotContain("POISON", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_and_hostile_posts_screen_without_error_and_a_missing_text_error_names_no_content()
    {
        var huge = string.Concat(Enumerable.Repeat($"{Poison} \uD800\u200B ", 1024 * 1024 / 16));

        Assert.Null(ConductScreener.CreateDefault().Screen(huge).Error);
        var missing = ConductScreener.CreateDefault().Screen(new Post(null!) { Id = "x", Url = Poison });
        Assert.DoesNotContain("POISON", missing.Error!.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> BadPolicies => new(
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}{{{new string('x', 300)}}}"] } } }""",
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}" 1] } } }""",
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}\uD800"], "inflect": "{{{Poison}}}" } } }""",
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}", ""] } } }""",
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}"], "terms": 7 } } }""",
        $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}""",
        $$$"""{ "extends": "default", "patterns": { "p": { "category": "Reputation", "pattern": "{{{Poison}}}(" } } }""");

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void A_refused_policy_does_not_quote_its_terms(string json)
    {
        var ex = Assert.Throws<PolicyException>(() => ConductPolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "school.json"));

        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain("POISON", e.Message, StringComparison.Ordinal);
        }
    }

    private sealed class LeakyRule : IConductRule
    {
        public string Id => "test.leaky";

        public void Evaluate(ScreeningContext context, List<Finding> findings) =>
            throw new InvalidOperationException($"could not handle '{context.Text}'");
    }
}
