namespace BBConduct.Rules.ML.Model;

/// <summary>Rows in each split.</summary>
/// <param name="Train">Rows the weights were fitted on.</param>
/// <param name="Validation">Rows the calibration and thresholds were fitted on.</param>
/// <param name="Test">Held-out rows, only measured.</param>
public sealed record SplitSizes(int Train, int Validation, int Test);
