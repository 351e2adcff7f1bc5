namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// How text becomes a feature vector: hashed word uni/bi-grams in one block and hashed character n-grams in another,
/// each block L2-normalised and scaled, followed by a small dense lexicon channel (hits of word lists and of pairs of
/// them). Stored in the model so scoring always featurises exactly as training did.
/// </summary>
public sealed record FeatureSettings
{
    /// <summary>Bits of the word-n-gram block (its size is 2^bits).</summary>
    public int WordBits { get; init; } = 18;

    /// <summary>Bits of the character-n-gram block (its size is 2^bits).</summary>
    public int CharBits { get; init; } = 18;

    /// <summary>Shortest character n-gram (over the word with boundary marks).</summary>
    public int MinCharGram { get; init; } = 2;

    /// <summary>Longest character n-gram.</summary>
    public int MaxCharGram { get; init; } = 5;

    /// <summary>Whether adjacent word pairs are features too.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>
    /// How each n-gram block is scaled to unit size: <see cref="BlockNormalization.L2"/> (by the square root of the sum of
    /// squared counts, the default and what models before this setting used) or <see cref="BlockNormalization.Occurrences"/>
    /// (by the square root of the number of n-gram occurrences, which a post's words add up independently, so the fast
    /// scorer can reuse each word's character n-gram sums instead of counting them again).
    /// </summary>
    public BlockNormalization Normalization { get; init; } = BlockNormalization.L2;

    /// <summary>Share of the n-gram blocks' squared length given to the word block (the rest goes to characters).</summary>
    public double WordShare { get; init; } = 0.5;

    /// <summary>The word lists of the lexicon channel, one feature each; empty for none.</summary>
    public IReadOnlyList<LexiconGroup> Lexicons { get; init; } = [];

    /// <summary>Pairs of lexicon groups that become one more feature each when both hit.</summary>
    public IReadOnlyList<LexiconPair> LexiconPairs { get; init; } = [];

    /// <summary>A lexicon feature's value is this times log2(1 + hits): not normalised by length, so one insult in a long comment still counts.</summary>
    public double LexiconScale { get; init; } = 0.5;

    /// <summary>
    /// The lexicon group whose one-word terms are blinded in the n-gram blocks, or <see langword="null"/> for none: every
    /// such word (say "gay", "muslim", "women") becomes one shared word feature and adds no character n-grams, so the
    /// model cannot learn that naming a group is itself abusive (Davidson's tweets mention groups mostly in abuse).
    /// The lexicon channel still sees the words, so "identity + demeaning" keeps its signal.
    /// </summary>
    public string? BlindGroup { get; init; }

    /// <summary>The number of lexicon-channel features.</summary>
    public int LexiconFeatures => Lexicons.Count + LexiconPairs.Count;

    /// <summary>The length of the feature vector.</summary>
    public int Dimension => (1 << WordBits) + (1 << CharBits) + LexiconFeatures;

    /// <summary>Checks the settings are in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (WordBits is < 8 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(WordBits), WordBits, "WordBits must be between 8 and 24.");
        }

        if (CharBits is < 8 or > 24)
        {
            throw new ArgumentOutOfRangeException(nameof(CharBits), CharBits, "CharBits must be between 8 and 24.");
        }

        if (MinCharGram < 1 || MaxCharGram < MinCharGram || MaxCharGram > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCharGram), MaxCharGram, "Character n-grams must satisfy 1 <= MinCharGram <= MaxCharGram <= 8.");
        }

        if (WordShare is < 0 or > 1 || double.IsNaN(WordShare))
        {
            throw new ArgumentOutOfRangeException(nameof(WordShare), WordShare, "WordShare must be between 0 and 1.");
        }

        if (!Enum.IsDefined(Normalization))
        {
            throw new ArgumentOutOfRangeException(nameof(Normalization), Normalization, "Normalization must be L2 or Occurrences.");
        }

        if (Lexicons.Count > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(Lexicons), Lexicons.Count, "At most 30 lexicon groups are supported.");
        }

        if (LexiconScale is < 0 or > 100 || double.IsNaN(LexiconScale))
        {
            throw new ArgumentOutOfRangeException(nameof(LexiconScale), LexiconScale, "LexiconScale must be between 0 and 100.");
        }

        if (BlindGroup is { } blind && !Lexicons.Any(l => l.Name == blind))
        {
            throw new ArgumentOutOfRangeException(nameof(BlindGroup), blind, $"BlindGroup '{blind}' is not in Lexicons.");
        }

        foreach (var pair in LexiconPairs)
        {
            if (!Lexicons.Any(l => l.Name == pair.First) || !Lexicons.Any(l => l.Name == pair.Second))
            {
                throw new ArgumentOutOfRangeException(nameof(LexiconPairs), pair, $"Lexicon pair {pair.First}+{pair.Second} names a group that is not in Lexicons.");
            }
        }
    }
}
