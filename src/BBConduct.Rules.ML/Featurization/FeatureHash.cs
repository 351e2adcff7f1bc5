namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// The fixed hashes behind the feature indices: FNV-1a over UTF-16 code units finished with the MurmurHash3 mixer.
/// They are part of the model format; changing them invalidates every trained model.
/// </summary>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const uint WordSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x5BD1E995;
    private const uint CharSeed = 0x27D4EB2F;

    public static uint Word(ReadOnlySpan<char> word)
    {
        var h = OffsetBasis ^ WordSeed;
        foreach (var c in word)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    public static uint Bigram(uint first, uint second) => Mix((first * Prime) ^ second ^ BigramSeed);

    /// <summary>Starts the incremental hash of a character n-gram.</summary>
    public static uint CharStart => OffsetBasis ^ CharSeed;

    public static uint CharStep(uint h, char c) => (h ^ c) * Prime;

    /// <summary>Finishes a character n-gram of length <paramref name="n"/> (the length keeps "ab" and "ab>" apart).</summary>
    public static uint CharFinish(uint h, int n) => Mix(h ^ (uint)(n << 24));

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
