namespace BBConduct.Rules.ML.Model;

/// <summary>One head's figures on the held-out test split.</summary>
/// <param name="Head">The head name.</param>
/// <param name="Threshold">The threshold chosen on the validation split.</param>
/// <param name="Auc">Area under the ROC curve on the test split.</param>
/// <param name="F1">F1 of the positive class at the threshold.</param>
/// <param name="MacroF1">Mean of both classes' F1 at the threshold.</param>
/// <param name="Positives">Positive rows in the test split.</param>
/// <param name="Negatives">Negative rows in the test split.</param>
public sealed record HeadMetrics(string Head, double Threshold, double Auc, double F1, double MacroF1, int Positives, int Negatives);
