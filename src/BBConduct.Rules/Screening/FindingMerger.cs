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

        // Kept findings of one group (category, scored or not) never overlap one another, so their spans are disjoint:
        // the only kept span that can overlap a newcomer is the one with the greatest start before the newcomer's end.
        // (Checking every kept finding made a 1 MB post of 50,000 swear words take minutes: found by a property.)
        var spans = new Dictionary<(Category, bool), SortedSet<(int Start, int End)>>();
        var empties = new HashSet<(Category, bool)>();
        foreach (var finding in ordered)
        {
            var group = (finding.Category, finding.Score.HasValue);
            if (finding.Length == 0)
            {
                // An empty span is whole-post evidence: it overlaps only other empty spans.
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

        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Category.CompareTo(b.Category));
        return kept;
    }
}
