using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>
/// <c>--min-severity</c> and <c>--category</c>: keeps only the findings asked for and derives the verdict again from
/// them. Records that could not be read keep their error and their review verdict: a filter never hides a failure.
/// </summary>
internal sealed class FindingFilter(Severity minSeverity, IReadOnlySet<Category>? categories)
{
    public bool IsEmpty => minSeverity <= Severity.Advise && categories is null;

    public ScreeningResult Apply(ScreeningResult result)
    {
        if (IsEmpty || result.Error is not null || result.Findings.Count == 0)
        {
            return result;
        }

        var kept = result.Findings.Where(f => f.Severity >= minSeverity && (categories is null || categories.Contains(f.Category))).ToList();
        return kept.Count == result.Findings.Count ? result : ScreeningResult.FromFindings(result.Id, kept);
    }
}
