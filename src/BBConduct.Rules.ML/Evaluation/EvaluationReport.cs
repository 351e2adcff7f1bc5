namespace BBConduct.Rules.ML.Evaluation;

/// <summary>The classifier's figures on every set, as the model card reports them.</summary>
/// <param name="InDomain">Per head, the held-out test split of the training sources.</param>
/// <param name="CrossDomain">Per set and head (or the combined decision), the evaluation-only sets.</param>
/// <param name="HateCheck">HateCheck with the rule's decision (any head at its threshold).</param>
/// <param name="IdentityFalsePositives">False-positive rate of the toxicity head on non-toxic Wikipedia comments per identity term.</param>
public sealed record EvaluationReport(
    IReadOnlyList<SetResult> InDomain,
    IReadOnlyList<SetResult> CrossDomain,
    HateCheckResult HateCheck,
    IReadOnlyList<GroupResult> IdentityFalsePositives);
