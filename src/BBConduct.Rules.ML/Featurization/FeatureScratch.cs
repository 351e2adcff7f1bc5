namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Working buffers for featurising one post at a time on one thread. They grow to the longest post seen and are
/// reused, so steady-state scoring allocates nothing.
/// </summary>
internal sealed class FeatureScratch
{
    [ThreadStatic]
    private static FeatureScratch? _current;

    private WordGramCache? _gramCache;

    /// <summary>The folded words, each between <see cref="PostTokenizer.WordOpen"/> and <see cref="PostTokenizer.WordClose"/>.</summary>
    public char[] Normal = new char[256];
    public WordToken[] Tokens = new WordToken[64];
    public int[] Indices = new int[1024];
    public float[] Values = new float[1024];
    public float[] Lexicon = new float[32];

    /// <summary>Hits per lexicon group of the post last counted (at most 32 groups), kept for its explanation.</summary>
    public int[] LexiconHits = new int[32];
    public ulong[] Pairs = new ulong[512];

    /// <summary>
    /// Scoring by words: the words the <see cref="WordGramCache"/> did not know, four entries each (the word, the slot to
    /// keep it in, where its n-gram indices start and end in <see cref="Grams"/>).
    /// </summary>
    public int[] WordSlots = new int[64];

    /// <summary>Scoring by words, per word: each head's sum of its character n-gram weights, then each head's unigram weight.</summary>
    public float[] WordSums = new float[128];

    /// <summary>Per word, scoring by words: its own lexicon-channel entry.</summary>
    public int[] WordEntries = new int[64];

    /// <summary>Scoring by words: the character n-gram indices of the words the cache did not know, one after another.</summary>
    public int[] Grams = new int[256];

    /// <summary>The lexicon groups each word of the post last measured is a one-word term of.</summary>
    public int[] WordGroups = new int[64];

    /// <summary>How much each word adds to a head's score, for explaining the post last counted.</summary>
    public float[] PerWord = new float[64];

    /// <summary>The distinct hashed n-gram features of the post and their counts.</summary>
    public FeatureTable Table { get; } = new();

    /// <summary>The words this thread has scored and their character n-gram sums, made on first use.</summary>
    public WordGramCache GramCache => _gramCache ??= new WordGramCache();

    /// <summary>The calling thread's scratch.</summary>
    public static FeatureScratch Current => _current ??= new FeatureScratch();

    public int TokenCount { get; set; }

    /// <summary>Whether the post last tokenised was scored by words (<see cref="WordSums"/> holds its sums) rather than counted.</summary>
    public bool ScoredByWords { get; set; }

    public int NormalLength { get; set; }

    /// <summary>Entries of <see cref="Indices"/> and <see cref="Values"/> filled by the last sparse export.</summary>
    public int FeatureCount { get; set; }

    /// <summary>The value one occurrence of a word-block feature adds (its block's share over the block's norm).</summary>
    public double WordScale { get; set; }

    /// <summary>The value one occurrence of a character-block feature adds.</summary>
    public double CharScale { get; set; }

    public ReadOnlySpan<int> FeatureIndices => Indices.AsSpan(0, FeatureCount);

    public ReadOnlySpan<float> FeatureValues => Values.AsSpan(0, FeatureCount);

    public ReadOnlySpan<WordToken> Words => Tokens.AsSpan(0, TokenCount);

    /// <summary>The folded word, without its boundary marks.</summary>
    public ReadOnlySpan<char> NormalOf(in WordToken token) => Normal.AsSpan(token.NormalStart, token.NormalLength);

    public static void Grow<T>(ref T[] array, int needed)
    {
        if (array.Length < needed)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }
}
