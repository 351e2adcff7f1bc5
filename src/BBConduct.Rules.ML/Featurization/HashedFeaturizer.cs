namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Turns a post into a sparse, unit-length feature vector: word uni/bi-gram counts hashed into the first block and
/// character n-gram counts (over each word with boundary marks) into the second, each block L2-normalised and scaled
/// by the square root of its share. The same code feeds ML.NET at training time and the fast scorer at run time.
/// </summary>
internal sealed class HashedFeaturizer
{
    private const char WordOpen = '\u0002';
    private const char WordClose = '\u0003';
    private readonly int _wordMask;
    private readonly int _charMask;
    private readonly int _charOffset;
    private readonly int _minGram;
    private readonly int _maxGram;
    private readonly bool _bigrams;
    private readonly double _wordWeight;
    private readonly double _charWeight;

    public HashedFeaturizer(FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
        _wordMask = (1 << settings.WordBits) - 1;
        _charMask = (1 << settings.CharBits) - 1;
        _charOffset = 1 << settings.WordBits;
        _minGram = settings.MinCharGram;
        _maxGram = settings.MaxCharGram;
        _bigrams = settings.WordBigrams;
        _wordWeight = Math.Sqrt(settings.WordShare);
        _charWeight = Math.Sqrt(1 - settings.WordShare);
    }

    public FeatureSettings Settings { get; }

    public int Dimension => Settings.Dimension;

    /// <summary>Fills <paramref name="scratch"/> with the post's words and its sorted, unique feature indices and values.</summary>
    public void Featurize(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        PostTokenizer.Tokenize(text, scratch);
        var words = scratch.Words;
        var perWord = 2 + ((PostTokenizer.MaxWordLength + 2) * (_maxGram - _minGram + 1));
        FeatureScratch.Grow(ref scratch.Raw, words.Length * perWord);
        var raw = scratch.Raw;
        var count = 0;
        for (var t = 0; t < words.Length; t++)
        {
            count = AddWordFeatures(scratch, t, raw, count);
        }

        raw.AsSpan(0, count).Sort();
        FeatureScratch.Grow(ref scratch.Indices, count);
        FeatureScratch.Grow(ref scratch.Values, count);
        var indices = scratch.Indices;
        var values = scratch.Values;
        var unique = 0;
        double wordSquares = 0, charSquares = 0;
        for (var i = 0; i < count;)
        {
            var index = raw[i];
            var j = i + 1;
            while (j < count && raw[j] == index)
            {
                j++;
            }

            var n = j - i;
            indices[unique] = index;
            values[unique++] = n;
            if (index < _charOffset)
            {
                wordSquares += (double)n * n;
            }
            else
            {
                charSquares += (double)n * n;
            }

            i = j;
        }

        var wordScale = wordSquares > 0 ? _wordWeight / Math.Sqrt(wordSquares) : 0;
        var charScale = charSquares > 0 ? _charWeight / Math.Sqrt(charSquares) : 0;
        for (var i = 0; i < unique; i++)
        {
            values[i] = (float)(values[i] * (indices[i] < _charOffset ? wordScale : charScale));
        }

        scratch.FeatureCount = unique;
        scratch.WordScale = (float)wordScale;
        scratch.CharScale = (float)charScale;
    }

    /// <summary>
    /// How much each word adds to the linear score <c>w·x</c> of the post last featurised into <paramref name="scratch"/>:
    /// its unigram and character n-grams, and half of each bigram it is part of. The contributions sum to the score
    /// without the bias.
    /// </summary>
    public void Contributions(FeatureScratch scratch, ReadOnlySpan<float> weights, Span<float> perWord)
    {
        var words = scratch.Words;
        Span<int> one = stackalloc int[2 + ((PostTokenizer.MaxWordLength + 2) * 8)];
        for (var t = 0; t < words.Length; t++)
        {
            var n = AddWordFeatures(scratch, t, one, 0, withBigram: false);
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += weights[one[i]] * (one[i] < _charOffset ? scratch.WordScale : scratch.CharScale);
            }

            if (_bigrams && t > 0)
            {
                var bigram = BigramIndex(words[t - 1].Hash, words[t].Hash);
                var half = weights[bigram] * scratch.WordScale / 2;
                sum += half;
                perWord[t - 1] += half;
            }

            perWord[t] += (float)sum;
        }
    }

    private int AddWordFeatures(FeatureScratch scratch, int t, Span<int> raw, int count, bool withBigram = true)
    {
        var token = scratch.Tokens[t];
        raw[count++] = (int)(token.Hash & (uint)_wordMask);
        if (withBigram && _bigrams && t > 0)
        {
            raw[count++] = BigramIndex(scratch.Tokens[t - 1].Hash, token.Hash);
        }

        var word = scratch.NormalOf(token);
        var padded = word.Length + 2;
        for (var s = 0; s + _minGram <= padded; s++)
        {
            var h = FeatureHash.CharStart;
            for (var k = 0; k < _maxGram && s + k < padded; k++)
            {
                var p = s + k;
                var c = p == 0 ? WordOpen : p == padded - 1 ? WordClose : word[p - 1];
                h = FeatureHash.CharStep(h, c);
                if (k + 1 >= _minGram)
                {
                    raw[count++] = _charOffset + (int)(FeatureHash.CharFinish(h, k + 1) & (uint)_charMask);
                }
            }
        }

        return count;
    }

    private int BigramIndex(uint first, uint second) => (int)(FeatureHash.Bigram(first, second) & (uint)_wordMask);
}
