using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Suites;

/// <summary>Disguised words (leetspeak, spacing, repeats, zero-width, look-alikes, fullwidth, enclosed letters…) are caught on their original characters.</summary>
public sealed class EvasionSuiteTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var item in TestData.JsonLines("evasion.jsonl"))
        {
            data.Add(item.GetProperty("id").GetString()!, item.GetProperty("text").GetString()!, item.GetProperty("category").GetString()!, item.GetProperty("excerpt").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Suite_has_at_least_forty_disguised_forms() =>
        Assert.True(TestData.JsonLines("evasion.jsonl").Count() >= 40);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Disguised_word_is_caught_with_span_on_original_characters(string id, string text, string category, string excerpt)
    {
        var expectedCategory = Enum.Parse<Category>(category);
        var expectedStart = text.IndexOf(excerpt, StringComparison.Ordinal);

        var findings = Screener.Screen(text).Findings.Where(f => f.Category == expectedCategory).ToList();

        // The finding must lie on the disguised characters themselves: its span overlaps the expected excerpt in
        // the original text (a longer phrase such as "what the fuсk" may be the one reported).
        Assert.True(findings.Count > 0, $"{id}: no {category} finding");
        Assert.Contains(findings, f => f.Start < expectedStart + excerpt.Length && expectedStart < f.Start + f.Length && f.Excerpt == text.Substring(f.Start, f.Length));
    }
}
