using BBConduct.Rules.ML.Featurization;

namespace BBConduct.Rules.ML.Training;

/// <summary>Settings of <see cref="ToxicityTrainer"/>; the defaults rebuild the shipped model.</summary>
public sealed record TrainingOptions
{
    /// <summary>Seeds the split and ML.NET; training runs on one thread so the same seed gives the same model.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>The featurisation.</summary>
    public FeatureSettings Features { get; init; } = new();

    /// <summary>SDCA's L2 regularisation.</summary>
    public float L2Regularization { get; init; } = 1e-6f;

    /// <summary>SDCA's L1 threshold; above zero it zeroes small weights and keeps the model small.</summary>
    public float L1Regularization { get; init; } = 1e-5f;

    /// <summary>SDCA passes over the data.</summary>
    public int MaxIterations { get; init; } = 30;

    /// <summary>Weights each class so both carry the same total weight (Davidson is 83 % toxic).</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>Extra weight per source name (for example the hand-written school posts); missing sources weigh 1.</summary>
    public IReadOnlyDictionary<string, float> SourceWeights { get; init; } = new Dictionary<string, float>();

    /// <summary>Whether to train the hate head (EqualityOffence) on the rows that carry a hate label.</summary>
    public bool TrainHateHead { get; init; } = true;

    /// <summary>
    /// Lexicon groups (of <see cref="FeatureSettings.Lexicons"/>) that name a protected group. The rule reports the hate
    /// head only for posts that name one, so its threshold is chosen on the validation rows that hit one of these
    /// groups: the posts it will be applied to. Empty, or too few such rows of either class: every validation row.
    /// </summary>
    public IReadOnlyList<string> HateThresholdGroups { get; init; } = ["identity", "slur"];

    /// <summary>
    /// Whether the rest of the engine (the rules, without the classifier) already reports a post as abuse, or
    /// <see langword="null"/> to fit the hate head alone. When set, the hate head's threshold is fitted for the engine:
    /// a validation row the rules report counts as reported at every threshold, so the threshold is chosen on the posts
    /// the head actually decides. The head alone is best at a lower threshold than the engine, which already reports
    /// most explicit hate and would only add the head's false alarms on neutral mentions of groups.
    /// </summary>
    public Func<string, bool>? ReportedWithoutClassifier { get; init; }
}
