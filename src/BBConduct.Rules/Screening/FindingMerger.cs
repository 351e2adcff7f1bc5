using System.Buffers;
using System.Runtime.InteropServices;
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

    /// <summary>Up to this many findings, their order is sorted by insertion.</summary>
    private const int InsertionSortLimit = 32;

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

        // The findings' positions in raw are sorted, not the findings: an int moves more cheaply than a finding.
        var rented = ArrayPool<int>.Shared.Rent(raw.Count);
        try
        {
            var order = rented.AsSpan(0, raw.Count);
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            SortByPrecedence(order, new ByPrecedence(raw));
            var findings = CollectionsMarshal.AsSpan(raw);
            var keptCount = order.Length <= linearLimit ? KeepByComparing(findings, order) : KeepBySpanSets(findings, order);
            var kept = new List<Finding>(order.Length);
            foreach (var index in order[..keptCount])
            {
                kept.Add(findings[index].ToFinding(text));
            }

            kept.Sort(ByPosition);
            return kept;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Sorts the positions: by insertion for the few findings of a post (Span.Sort boxes the comparer and wraps it in a
    /// delegate, two allocations and an indirect call per comparison), by Span.Sort beyond. The order is total (ties
    /// go to the first reported), so both give the same result.
    /// </summary>
    private static void SortByPrecedence(Span<int> order, ByPrecedence comparer)
    {
        if (order.Length > InsertionSortLimit)
        {
            order.Sort(comparer);
            return;
        }

        for (var i = 1; i < order.Length; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= 0 && comparer.Compare(item, order[j]) < 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }

    /// <summary>
    /// The order findings compete in, by their positions in the list: category, then the most severe, the longest, the
    /// earliest, the first reported.
    /// </summary>
    private readonly struct ByPrecedence(List<PendingFinding> raw) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var findings = CollectionsMarshal.AsSpan(raw);
            ref readonly var x = ref findings[a];
            ref readonly var y = ref findings[b];

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

            return c != 0 ? c : a.CompareTo(b);
        }
    }

    /// <summary>Moves the positions of the findings to keep, in order, to the front of <paramref name="order"/>; returns how many.</summary>
    private static int KeepByComparing(ReadOnlySpan<PendingFinding> findings, Span<int> order)
    {
        var count = 0;
        foreach (var index in order)
        {
            if (!OverlapsKept(findings, order[..count], findings[index]))
            {
                order[count++] = index;
            }
        }

        return count;
    }

    private static bool OverlapsKept(ReadOnlySpan<PendingFinding> findings, ReadOnlySpan<int> kept, in PendingFinding finding)
    {
        var end = finding.Start + finding.Length;
        foreach (var index in kept)
        {
            ref readonly var other = ref findings[index];
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
    private static int KeepBySpanSets(ReadOnlySpan<PendingFinding> findings, Span<int> order)
    {
        var count = 0;

        // Kept findings of one group (category, scored or not) never overlap one another, so their spans are disjoint:
        // the only kept span that can overlap a newcomer is the one with the greatest start before the newcomer's end.
        // (Checking every kept finding made a 1 MB post of 50,000 swear words take minutes: found by a property.)
        var spans = new Dictionary<(Category, bool), SortedSet<(int Start, int End)>>();
        var empties = new HashSet<(Category, bool)>();
        foreach (var index in order)
        {
            ref readonly var finding = ref findings[index];
            var group = (finding.Category, finding.Scored);
            if (finding.Length == 0)
            {
                if (empties.Add(group))
                {
                    order[count++] = index;
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
            order[count++] = index;
        }

        return count;
    }
}
