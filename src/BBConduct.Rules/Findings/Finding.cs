namespace BBConduct.Rules.Findings;

/// <summary>One breach (or likely breach) of the code of conduct, located in the original text.</summary>
public sealed record Finding
{
    /// <summary>The stable identifier of the rule that produced the finding, for example <c>consent.unconsented-reference</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The policy-map category.</summary>
    public required Category Category { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Start of the span in UTF-16 code units of the original text; 0 for whole-post findings.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the span in UTF-16 code units; 0 for whole-post findings.</summary>
    public required int Length { get; init; }

    /// <summary>The original text of the span (empty for whole-post findings).</summary>
    public required string Excerpt { get; init; }

    /// <summary>The policy clause the finding enforces, for example <c>1.2</c>.</summary>
    public required string Clause { get; init; }

    /// <summary>A plain-English explanation a teacher understands.</summary>
    public required string Message { get; init; }

    /// <summary>Who the finding should be escalated to.</summary>
    public required string EscalateTo { get; init; }

    /// <summary>A classifier's probability for findings that come from a model; otherwise <see langword="null"/>.</summary>
    public double? Score { get; init; }

    /// <summary>Extra detail such as the equality strand (<c>race</c>, <c>disability</c>…), or <see langword="null"/>.</summary>
    public string? Detail { get; init; }
}
