namespace BBConduct.Rules.ML.Training;

/// <summary>
/// The fixed 80/10/10 split: a row's part depends only on its source name, its record number and the seed, so anyone
/// with the same file can recover exactly which rows were held out.
/// </summary>
public static class DataSplits
{
    /// <summary>The part of the data the row belongs to.</summary>
    /// <param name="source">The source name, for example <c>davidson</c>.</param>
    /// <param name="row">The 1-based record number.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The split.</returns>
    public static DataSplit Of(string source, int row, int seed)
    {
        ArgumentNullException.ThrowIfNull(source);
        var h = 2166136261u ^ (uint)seed;
        foreach (var c in source)
        {
            h = (h ^ c) * 16777619;
        }

        h = (h ^ (uint)row) * 16777619;
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        h *= 0x297A2D39;
        h ^= h >> 15;
        var bucket = h % 10;
        return bucket < 8 ? DataSplit.Train : bucket == 8 ? DataSplit.Validation : DataSplit.Test;
    }
}
