namespace BBConduct.Rules.ML.Training;

/// <summary>One head's figures on the validation split of one training source.</summary>
/// <param name="Head">The head name.</param>
/// <param name="Source">The training source, for example <c>davidson</c>.</param>
/// <param name="Rows">Validation rows of that source with a label for the head.</param>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="MacroF1">Macro-F1 at the head's threshold.</param>
public sealed record ValidationFigure(string Head, string Source, int Rows, double Auc, double MacroF1);
