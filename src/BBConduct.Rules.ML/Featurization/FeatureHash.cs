namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// The fixed hashes behind the feature indices. Words and word pairs: FNV-1a over the folded word finished with the
/// MurmurHash3 mixer. Character n-grams: FNV-1a rolled one character at a time over the padded word and finished
/// with one Fibonacci multiply, whose top bits are the index (cheap, and the multiply spreads FNV's low-bit bias).
/// They are part of the model format (<see cref="Model.ModelMetadata.FormatVersion"/> 2); changing them invalidates
/// every trained model.
/// </summary>
internal static class FeatureHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;
    private const uint WordSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x5BD1E995;
    private const uint CharSeed = 0x27D4EB2F;
    private const uint PhraseSeed = 0x165667B1;
    private const uint Fibonacci = 0x9E3779B1;

    public static uint Word(ReadOnlySpan<char> word)
    {
        var h = OffsetBasis ^ WordSeed;
        foreach (var c in word)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>The word hash every blinded word is counted under (no folded word can be U+0001).</summary>
    public static readonly uint BlindedWord = Word("\u0001");

    public static uint Bigram(uint first, uint second) => Mix((first * Prime) ^ second ^ BigramSeed);

    /// <summary>Extends the hash of a phrase (a run of word hashes) by one word; used by the lexicon channel.</summary>
    public static uint Phrase(uint soFar, uint word) => Mix((soFar * Fibonacci) ^ word ^ PhraseSeed);

    /// <summary>Starts the rolling hash of a character n-gram.</summary>
    public const uint CharStart = OffsetBasis ^ CharSeed;

    public static uint CharStep(uint h, char c) => (h ^ c) * Prime;

    /// <summary>
    /// Finishes a character n-gram of length <paramref name="n"/> (the length keeps "ab" and "ab>" apart); the
    /// index is the top bits of the result.
    /// </summary>
    public static uint CharFinish(uint h, int n) => (h ^ (uint)(n << 24)) * Fibonacci;

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
