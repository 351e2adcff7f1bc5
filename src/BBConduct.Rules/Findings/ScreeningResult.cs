namespace BBConduct.Rules.Findings;

/// <summary>The result of screening one post: its verdict and the findings behind it.</summary>
public sealed record ScreeningResult
{
    /// <summary>The post's identifier, echoed from the input.</summary>
    public string? Id { get; init; }

    /// <summary>The highest finding severity, <see cref="Verdict.Allow"/> when there are none, <see cref="Verdict.Review"/> for errors.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The findings, ordered by position in the text.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Why the record could not be screened, or <see langword="null"/>.</summary>
    public ScreeningError? Error { get; init; }

    /// <summary>Whether the post may be published as it is (verdict allow or advise).</summary>
    public bool IsPublishable => Verdict is Verdict.Allow or Verdict.Advise;

    /// <summary>Builds a result from findings, deriving the verdict.</summary>
    /// <param name="id">The post identifier.</param>
    /// <param name="findings">The findings; the list is kept, not copied.</param>
    /// <returns>The result.</returns>
    public static ScreeningResult FromFindings(string? id, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new ScreeningResult { Id = id, Verdict = VerdictOf(findings), Findings = findings };
    }

    /// <summary>The highest severity of <paramref name="findings"/>, <see cref="Verdict.Allow"/> when there are none.</summary>
    internal static Verdict VerdictOf(IReadOnlyList<Finding> findings)
    {
        var verdict = Verdict.Allow;
        // Indexed: foreach over the interface would allocate an enumerator for every post with findings.
        for (var i = 0; i < findings.Count; i++)
        {
            if ((int)findings[i].Severity > (int)verdict)
            {
                verdict = (Verdict)findings[i].Severity;
            }
        }

        return verdict;
    }

    /// <summary>Builds the result for a record that could not be screened: verdict review, never allow.</summary>
    /// <param name="id">The record identifier.</param>
    /// <param name="error">What went wrong.</param>
    /// <returns>The result.</returns>
    public static ScreeningResult Failed(string? id, ScreeningError error) =>
        new() { Id = id, Verdict = Verdict.Review, Findings = [], Error = error };
}
