namespace BBConduct.Rules.ML.Evaluation;

/// <summary>A detector's figures on one labelled set.</summary>
/// <param name="Set">The set's name.</param>
/// <param name="Rows">Rows scored.</param>
/// <param name="Positives">Positive rows.</param>
/// <param name="Auc">ROC AUC of the scores (for yes/no detectors, the mean of the true-positive and true-negative rates).</param>
/// <param name="F1">F1 of the positive class at the detector's decision.</param>
/// <param name="MacroF1">Mean F1 of both classes.</param>
/// <param name="Accuracy">Share of rows decided correctly.</param>
public sealed record SetResult(string Set, int Rows, int Positives, double Auc, double F1, double MacroF1, double Accuracy);
