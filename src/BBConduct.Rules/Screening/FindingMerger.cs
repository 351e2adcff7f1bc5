using System.Buffers;
using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Screening;

/// <summary>
/// Orders findings by position and keeps one finding per category and overlapping span (the most severe, then the
/// longest, then the earliest; among equals the one its rule reported first). A classifier's finding is never merged
/// into a rule's: its probability (<see cref="Finding.Score"/>) is evidence of its own. Works on
/// <see cref="PendingFinding"/>s, so only the findings it keeps are made.
/// </summary>
internal static class FindingMerger
{
    /// <summary>Up to this many findings, overlaps are found by comparing with every kept finding (no sets to allocate).</summary>
    internal const int LinearLimit = 32;

    private static readonly Comparison<PendingFinding> ByPrecedence = static (x, y) =>
    {
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

        return c != 0 ? c : x.Index.CompareTo(y.Index);
    };

    private static readonly Comparison<Finding> ByPosition = static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : ((int)a.Category).CompareTo((int)b.Category);

    /// <summary>Merges findings already made (tests compare the two methods with <paramref name="linearLimit"/>).</summary>
    internal static List<Finding> Merge(List<Finding> raw, int linearLimit = LinearLimit) =>
        Merge([.. raw.Select(f => new PendingFinding(f))], string.Empty, linearLimit);

    /// <summary>Merges the findings collected for a post, making only those it keeps.</summary>
    /// <param name="raw">The findings in the order the rules reported them.</param>
    /// <param name="text">The original text of the post, for excerpts.</param>
    /// <param name="linearLimit">Up to this many findings, overlaps are found by comparing; beyond, with span sets.</param>
    public static List<Finding> Merge(List<PendingFinding> raw, string text, int linearLimit = LinearLimit)
    {
        if (raw.Count == 1)
        {
            return [raw[0].ToFinding(text)];
        }

        var rented = ArrayPool<PendingFinding>.Shared.Rent(raw.Count);
        try
        {
            var ordered = rented.AsSpan(0, raw.Count);
            for (var i = 0; i < ordered.Length; i++)
            {
                ordered[i] = raw[i] with { Index = i };
            }

            ordered.Sort(ByPrecedence);
            var keptCount = ordered.Length <= linearLimit ? KeepByComparing(ordered) : KeepBySpanSets(ordered);
            var kept = new List<Finding>(ordered.Length);
            foreach (var finding in ordered[..keptCount])
            {
                kept.Add(finding.ToFinding(text));
            }

            kept.Sort(ByPosition);
            return kept;
        }
        finally
        {
            ArrayPool<PendingFinding>.Shared.Return(rented, clearArray: true);
        }
    }

    /// <summary>Moves the findings to keep, in order, to the front of <paramref name="ordered"/>; returns how many.</summary>
    private static int KeepByComparing(Span<PendingFinding> ordered)
    {
        var count = 0;
        foreach (var finding in ordered)
        {
            if (!OverlapsKept(ordered[..count], finding))
            {
                ordered[count++] = finding;
            }
        }

        return count;
    }

    private static bool OverlapsKept(ReadOnlySpan<PendingFinding> kept, in PendingFinding finding)
    {
        var end = finding.Start + finding.Length;
        foreach (ref readonly var other in kept)
        {
            if (other.Category != finding.Category || other.Scored != finding.Scored)
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

    /// <summary>As <see cref="KeepByComparing"/>, in O(n log n).</summary>
    private static int KeepBySpanSets(Span<PendingFinding> ordered)
    {
        var count = 0;

        // Kept findings of one group (category, scored or not) never overlap one another, so their spans are disjoint:
        // the only kept span that can overlap a newcomer is the one with the greatest start before the newcomer's end.
        // (Checking every kept finding made a 1 MB post of 50,000 swear words take minutes: found by a property.)
        var spans = new Dictionary<(Category, bool), SortedSet<(int Start, int End)>>();
        var empties = new HashSet<(Category, bool)>();
        foreach (var finding in ordered)
        {
            var group = (finding.Category, finding.Scored);
            if (finding.Length == 0)
            {
                if (empties.Add(group))
                {
                    ordered[count++] = finding;
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
            ordered[count++] = finding;
        }

        return count;
    }
}
