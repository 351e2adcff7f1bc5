namespace BBConduct.Rules.ML.Evaluation;

/// <summary>A detector's figures on one group of cases (a HateCheck functionality or target, an identity term).</summary>
/// <param name="Group">The group.</param>
/// <param name="Cases">Cases in the group.</param>
/// <param name="Accuracy">Share decided correctly.</param>
/// <param name="Negatives">Cases whose gold label is negative.</param>
/// <param name="FalsePositiveRate">Share of the negative cases flagged; NaN when there are none.</param>
public sealed record GroupResult(string Group, int Cases, double Accuracy, int Negatives, double FalsePositiveRate);
