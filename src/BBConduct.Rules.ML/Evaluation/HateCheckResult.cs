namespace BBConduct.Rules.ML.Evaluation;

/// <summary>A detector's HateCheck figures.</summary>
/// <param name="Cases">Cases run.</param>
/// <param name="Accuracy">Overall accuracy against the gold labels.</param>
/// <param name="Functionalities">Per functionality.</param>
/// <param name="Targets">Per target group.</param>
public sealed record HateCheckResult(int Cases, double Accuracy, IReadOnlyList<GroupResult> Functionalities, IReadOnlyList<GroupResult> Targets);
