namespace BBConduct.Rules.ML.Model;

/// <summary>How a model was trained: enough to rebuild it and to check a rebuild matches.</summary>
public sealed record ModelMetadata
{
    /// <summary>The model file format this library reads and writes: 2 (folded words, rolling character hashes, lexicon channel).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The version of the model file format.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The seed of the split and of the trainer.</summary>
    public int Seed { get; init; }

    /// <summary>The trainer and its main settings, in words.</summary>
    public string Trainer { get; init; } = string.Empty;

    /// <summary>The files the model was trained on.</summary>
    public IReadOnlyList<DataSourceInfo> Sources { get; init; } = [];

    /// <summary>Rows in the training, validation and test splits.</summary>
    public SplitSizes Split { get; init; } = new(0, 0, 0);

    /// <summary>Per head: the in-domain figures measured on the held-out test split when the model was trained.</summary>
    public IReadOnlyList<HeadMetrics> Metrics { get; init; } = [];
}
