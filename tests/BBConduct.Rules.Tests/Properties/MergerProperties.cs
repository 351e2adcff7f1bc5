using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;
using FsCheck.Xunit;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>The two ways the merger finds overlaps (comparing with every kept finding, or sorted span sets) agree.</summary>
public sealed class MergerProperties
{
    [Property(MaxTest = 1000)]
    public bool Comparing_and_span_sets_keep_the_same_findings_in_the_same_order((byte Category, byte Severity, byte Start, byte Length, bool Scored)[] specs)
    {
        var raw = specs.Select((s, i) => new Finding
        {
            RuleId = $"r{i % 5}",
            Category = (Category)(s.Category % 3),
            Severity = (Severity)(1 + (s.Severity % 3)),
            Start = s.Start % 48,
            Length = s.Length % 9,
            Excerpt = string.Empty,
            Clause = "1",
            Message = "m",
            EscalateTo = "x",
            Score = s.Scored ? 0.9 : null,
        }).ToList();
        if (raw.Count == 0)
        {
            return true;
        }

        var comparing = FindingMerger.Merge([.. raw], linearLimit: int.MaxValue);
        var sets = FindingMerger.Merge([.. raw], linearLimit: 0);
        return comparing.SequenceEqual(sets, ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void The_most_severe_then_longest_of_overlapping_findings_of_a_category_is_kept()
    {
        Finding F(string id, Severity severity, int start, int length, Category category = Category.Profanity) => new()
        {
            RuleId = id, Category = category, Severity = severity, Start = start, Length = length, Excerpt = string.Empty, Clause = "1", Message = "m", EscalateTo = "x",
        };

        var merged = FindingMerger.Merge([F("mild", Severity.Advise, 0, 10), F("strong", Severity.Review, 5, 3), F("long", Severity.Review, 4, 6), F("other", Severity.Advise, 2, 2, Category.Harassment)]);

        Assert.Equal(["other", "long"], merged.Select(f => f.RuleId));
    }
}
