namespace BBConduct.Rules.ML.Training;

/// <summary>Which part of the data a row belongs to.</summary>
public enum DataSplit
{
    /// <summary>The weights are fitted on it (80 %).</summary>
    Train,

    /// <summary>The calibration and thresholds are chosen on it (10 %).</summary>
    Validation,

    /// <summary>Held out and only measured (10 %).</summary>
    Test,
}
