using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Screening;

/// <summary>
/// Orders findings by position and keeps one finding per category and overlapping span (the most severe, then the
/// longest, then the earliest; among equals the one its rule reported first). A classifier's finding is never merged
/// into a rule's: its probability (<see cref="Finding.Score"/>) is evidence of its own.
/// </summary>
internal static class FindingMerger
{
    /// <summary>Up to this many findings, overlaps are found by comparing with every kept finding (no sets to allocate).</summary>
    internal const int LinearLimit = 32;

    private static readonly Comparison<(Finding Finding, int Index)> ByPrecedence = static (a, b) =>
    {
        var x = a.Finding;
        var y = b.Finding;
        // Enums are compared as numbers: Enum.CompareTo takes an object and boxes both on every comparison.
        var c = ((int)x.Category).CompareTo((int)y.Category);
        if (c == 0)
        {
            c = ((int)y.Severity).CompareTo((int)x.Severity);
        }

        if (c == 0)
        {
            c = y.Length.CompareTo(x.Length);
        }

        if (c == 0)
        {
            c = x.Start.CompareTo(y.Start);
        }

        return c != 0 ? c : a.Index.CompareTo(b.Index);
    };

    private static readonly Comparison<Finding> ByPosition = static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : ((int)a.Category).CompareTo((int)b.Category);

    public static List<Finding> Merge(List<Finding> raw) => Merge(raw, LinearLimit);

    /// <summary>Merges <paramref name="raw"/>; <paramref name="linearLimit"/> chooses the method (tests compare both).</summary>
    internal static List<Finding> Merge(List<Finding> raw, int linearLimit)
    {
        if (raw.Count == 1)
        {
            return [raw[0]];
        }

        var ordered = new (Finding Finding, int Index)[raw.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = (raw[i], i);
        }

        Array.Sort(ordered, ByPrecedence);
        var kept = ordered.Length <= linearLimit ? KeepByComparing(ordered) : KeepBySpanSets(ordered);
        kept.Sort(ByPosition);
        return kept;
    }

    private static List<Finding> KeepByComparing((Finding Finding, int Index)[] ordered)
    {
        var kept = new List<Finding>(ordered.Length);
        foreach (var (finding, _) in ordered)
        {
            if (!OverlapsKept(kept, finding))
            {
                kept.Add(finding);
            }
        }

        return kept;
    }

    private static bool OverlapsKept(List<Finding> kept, Finding finding)
    {
        var end = finding.Start + finding.Length;
        foreach (var other in kept)
        {
            if (other.Category != finding.Category || other.Score.HasValue != finding.Score.HasValue)
            {
                continue;
            }

            // An empty span is whole-post evidence: it overlaps only other empty spans.
            var overlaps = finding.Length == 0
                ? other.Length == 0
                : other.Length > 0 && other.Start < end && finding.Start < other.Start + other.Length;
            if (overlaps)
            {
                return true;
            }
        }

        return false;
    }

    private static List<Finding> KeepBySpanSets((Finding Finding, int Index)[] ordered)
    {
        var kept = new List<Finding>(ordered.Length);

        // Kept findings of one group (category, scored or not) never overlap one another, so their spans are disjoint:
        // the only kept span that can overlap a newcomer is the one with the greatest start before the newcomer's end.
        // (Checking every kept finding made a 1 MB post of 50,000 swear words take minutes: found by a property.)
        var spans = new Dictionary<(Category, bool), SortedSet<(int Start, int End)>>();
        var empties = new HashSet<(Category, bool)>();
        foreach (var (finding, _) in ordered)
        {
            var group = (finding.Category, finding.Score.HasValue);
            if (finding.Length == 0)
            {
                if (empties.Add(group))
                {
                    kept.Add(finding);
                }

                continue;
            }

            if (!spans.TryGetValue(group, out var set))
            {
                spans[group] = set = [];
            }

            var end = finding.Start + finding.Length;
            // Max of an empty view is (0, 0), which overlaps nothing (spans start at 0 or later); Count would be O(n).
            if (set.GetViewBetween((int.MinValue, int.MinValue), (end - 1, int.MaxValue)).Max.End > finding.Start)
            {
                continue;
            }

            set.Add((finding.Start, end));
            kept.Add(finding);
        }

        return kept;
    }
}
