using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules;

namespace BBConduct.Rules.Screening;

/// <summary>
/// A finding as the screener collects it: a policy rule's evidence, made into a <see cref="Finding"/> (an object,
/// an excerpt and perhaps a message) only if the merger keeps it, since most overlapping evidence is dropped; or a
/// finding another kind of rule made. Carries what the merger orders and compares by.
/// </summary>
internal readonly record struct PendingFinding
{
    private readonly PolicyRule? _rule;
    private readonly Finding? _finding;
    private readonly string? _detail;

    /// <summary>Evidence of <paramref name="rule"/> at a span already clamped to the text.</summary>
    public PendingFinding(PolicyRule rule, Severity severity, int start, int length, string? detail)
    {
        _rule = rule;
        _detail = detail;
        Category = rule.Category;
        Severity = severity;
        Start = start;
        Length = length;
    }

    /// <summary>A finding already made.</summary>
    public PendingFinding(Finding finding)
    {
        _finding = finding;
        Category = finding.Category;
        Severity = finding.Severity;
        Start = finding.Start;
        Length = finding.Length;
        Scored = finding.Score.HasValue;
    }

    public Category Category { get; }

    public Severity Severity { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>Whether the finding has a classifier's score (such findings are never merged with a rule's).</summary>
    public bool Scored { get; }

    /// <summary>The finding, made now for policy-rule evidence.</summary>
    /// <param name="text">The original text of the post.</param>
    public Finding ToFinding(string text) => _finding ?? _rule!.CreateFinding(text, Severity, Start, Length, _detail);
}
