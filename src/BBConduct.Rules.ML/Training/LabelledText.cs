namespace BBConduct.Rules.ML.Training;

/// <summary>A labelled post for training or evaluation.</summary>
/// <param name="Text">The post text.</param>
/// <param name="Toxic">Whether it is offensive, abusive or hateful (the Harassment head's label).</param>
/// <param name="Hate">Whether it attacks a protected group (the EqualityOffence head's label), or <see langword="null"/> when unlabelled.</param>
/// <param name="Source">The source name the split is keyed on, for example <c>davidson</c>.</param>
/// <param name="Row">The 1-based record number in its source.</param>
public sealed record LabelledText(string Text, bool Toxic, bool? Hate, string Source, int Row)
{
    /// <summary>The split this row belongs to under <paramref name="seed"/>.</summary>
    /// <param name="seed">The training seed.</param>
    /// <returns>The split.</returns>
    public DataSplit SplitFor(int seed) => DataSplits.Of(Source, Row, seed);
}
