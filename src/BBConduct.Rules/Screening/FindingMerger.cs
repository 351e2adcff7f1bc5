using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Screening;

/// <summary>
/// Orders findings by position and keeps one finding per category and overlapping span (the most severe, then the
/// longest). A classifier's finding is never merged into a rule's: its probability (<see cref="Finding.Score"/>) is
/// evidence of its own.
/// </summary>
internal static class FindingMerger
{
    public static List<Finding> Merge(List<Finding> raw)
    {
        var ordered = raw
            .OrderBy(f => f.Category)
            .ThenByDescending(f => f.Severity)
            .ThenByDescending(f => f.Length)
            .ThenBy(f => f.Start)
            .ToList();
        var kept = new List<Finding>(ordered.Count);
        foreach (var finding in ordered)
        {
            var duplicate = kept.Exists(k => k.Category == finding.Category && k.Score.HasValue == finding.Score.HasValue && Overlaps(k, finding));
            if (!duplicate)
            {
                kept.Add(finding);
            }
        }

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Category.CompareTo(b.Category));
        return kept;
    }

    private static bool Overlaps(Finding a, Finding b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length;
        }

        return a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
    }
}
