namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Turns a post into a sparse feature vector: word uni/bi-gram counts hashed into the first block and character
/// n-gram counts (over each word with boundary marks) into the second, each block L2-normalised and scaled by the
/// square root of its share, then the lexicon channel. Counting goes through a small open-addressing table, so the
/// fast scorer never sorts; only the sparse export that ML.NET needs sorts the distinct features. The same code
/// feeds ML.NET at training time, the ML.NET reference scorer and the fast scorer.
/// </summary>
internal sealed class HashedFeaturizer
{
    private readonly int _wordMask;
    private readonly int _charShift;
    private readonly int _charOffset;
    private readonly int _lexiconOffset;
    private readonly int _minGram;
    private readonly int _maxGram;
    private readonly bool _bigrams;
    private readonly bool _byOccurrences;
    private readonly double _wordWeight;
    private readonly double _charWeight;
    private readonly LexiconChannel _lexicons;

    public HashedFeaturizer(FeatureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
        _wordMask = (1 << settings.WordBits) - 1;
        _charShift = 32 - settings.CharBits;
        _charOffset = 1 << settings.WordBits;
        _lexiconOffset = _charOffset + (1 << settings.CharBits);
        _minGram = settings.MinCharGram;
        _maxGram = settings.MaxCharGram;
        _bigrams = settings.WordBigrams;
        _byOccurrences = settings.Normalization == BlockNormalization.Occurrences;
        _wordWeight = Math.Sqrt(settings.WordShare);
        _charWeight = Math.Sqrt(1 - settings.WordShare);
        _lexicons = new LexiconChannel(settings);
    }

    public FeatureSettings Settings { get; }

    public int Dimension => Settings.Dimension;

    /// <summary>Where the character block starts.</summary>
    public int CharOffset => _charOffset;

    /// <summary>Where the lexicon channel starts.</summary>
    public int LexiconOffset => _lexiconOffset;

    /// <summary>
    /// Tokenises the post and counts its features into <paramref name="scratch"/>: the distinct n-gram indices with
    /// their counts in <see cref="FeatureScratch.Table"/>, the two block scales, and the lexicon values.
    /// </summary>
    /// <param name="text">The post.</param>
    /// <param name="scratch">The thread's buffers.</param>
    /// <param name="prefetch">The weights the post is about to be scored with, to prefetch while counting; <see langword="null"/> when only counting.</param>
    public void Count(ReadOnlySpan<char> text, FeatureScratch scratch, InterleavedWeights? prefetch = null)
    {
        PostTokenizer.Tokenize(text, scratch);
        scratch.ScoredByWords = false;
        var words = scratch.Words;
        var table = scratch.Table;
        table.Prepare(Additions(words), prefetch);
        if (_lexicons.Count > 0)
        {
            // First: it records which words are blinded, which the n-gram loop below reads.
            FeatureScratch.Grow(ref scratch.Lexicon, _lexicons.Count);
            _lexicons.Measure(scratch, scratch.Lexicon);
        }

        long wordSquares = 0;
        var wordOccurrences = 0;
        var grams = new TableSink(table);
        uint previous = 0;
        for (var t = 0; t < words.Length; t++)
        {
            var hash = CountedHash(scratch, t, out var blinded);
            wordSquares += table.Add(hash & (uint)_wordMask);
            wordOccurrences++;
            if (_bigrams && t > 0)
            {
                wordSquares += table.Add(FeatureHash.Bigram(previous, hash) & (uint)_wordMask);
                wordOccurrences++;
            }

            previous = hash;
            if (!blinded)
            {
                WalkCharGrams(scratch.Normal, words[t], ref grams);
            }
        }

        var charSquares = grams.Squares;
        if (_byOccurrences)
        {
            wordSquares = wordOccurrences;
            charSquares = grams.Occurrences;
        }

        scratch.WordScale = wordSquares > 0 ? _wordWeight / Math.Sqrt(wordSquares) : 0;
        scratch.CharScale = charSquares > 0 ? _charWeight / Math.Sqrt(charSquares) : 0;
    }

    /// <summary>Whether blocks are scaled by their occurrences, so that <see cref="ScoreByWords"/> can score posts.</summary>
    public bool ScoresByWords => _byOccurrences;

    /// <summary>
    /// Every head's linear score (without bias) of <paramref name="text"/> for a model whose blocks are scaled by their
    /// occurrences (<see cref="ScoresByWords"/>), without counting features in a table: under that scaling each word adds
    /// the weights of its unigram, its bigram with the word before and its character n-grams whatever else the post
    /// says, and a word's character n-gram sums are read from the thread's <see cref="WordGramCache"/> when it has
    /// scored the word before. The same features and values as <see cref="Count"/> then <see cref="DotAll"/>, summed in
    /// another order (within float rounding of it). Leaves the scratch as <see cref="Count"/> does for explaining the
    /// post, except for the table.
    /// </summary>
    public void ScoreByWords(ReadOnlySpan<char> text, FeatureScratch scratch, InterleavedWeights weights, Span<double> scores)
    {
        if (!_byOccurrences)
        {
            throw new InvalidOperationException("Only a model whose blocks are scaled by their occurrences scores by words.");
        }

        PostTokenizer.Tokenize(text, scratch);
        scratch.ScoredByWords = true;
        var words = scratch.Words;
        var heads = weights.Heads;
        var values = weights.Values;
        var cache = scratch.GramCache;
        cache.Serve(weights, heads);
        foreach (var word in words)
        {
            // Each lookup below reads one line of the cache: ask for them all first, so they arrive together.
            cache.Prefetch(word.Hash);
        }

        // First the words the cache knows: their lexicon entries, character sums and unigram weights. Their sums are
        // all read before any word is stored below, since storing one word can replace another in the cache. Each
        // word's sums wait in its row of the scratch (character sums, then unigram weights, one per head) and are added
        // up in word order at the end, so the score is the same to the bit whichever words the cache knew (float
        // addition depends on its order).
        var width = 2 * heads;
        FeatureScratch.Grow(ref scratch.WordSlots, 4 * words.Length);
        FeatureScratch.Grow(ref scratch.WordEntries, words.Length);
        FeatureScratch.Grow(ref scratch.WordSums, words.Length * width);
        var slots = scratch.WordSlots;
        var entries = scratch.WordEntries;
        var perWord = scratch.WordSums.AsSpan(0, words.Length * width);
        long charOccurrences = 0;
        var misses = 0;
        var gramCount = 0;
        for (var t = 0; t < words.Length; t++)
        {
            ref readonly var token = ref words[t];
            if (cache.TryFind(scratch.NormalOf(token), token.Hash, out var slot))
            {
                entries[t] = cache.LexiconEntryAt(slot);
                cache.SumsAt(slot).CopyTo(perWord.Slice(t * width, width));
                charOccurrences += cache.GramsAt(slot);
                continue;
            }

            // Not cached: the word, the slot to keep it in (-1 for a word too long to keep) and where its n-gram
            // indices start and end, listed among the misses. Its unigram row and n-grams are found and their weights
            // prefetched now, and summed last, when the weights have arrived. A blinded word has no n-grams.
            entries[t] = _lexicons.Count > 0 ? _lexicons.EntryOf(token.Hash) : 0;
            slots[misses++] = t;
            slots[misses++] = slot;
            slots[misses++] = gramCount;
            var blinded = _lexicons.BlindsEntry(entries[t]);
            weights.Prefetch((int)((blinded ? FeatureHash.BlindedWord : token.Hash) & (uint)_wordMask));
            if (!blinded)
            {
                FeatureScratch.Grow(ref scratch.Grams, gramCount + ((token.NormalLength + 2) * (_maxGram - _minGram + 1)));
                var sink = new IndexSink(scratch.Grams, gramCount, weights);
                WalkCharGrams(scratch.Normal, token, ref sink);
                gramCount = sink.Count;
            }

            slots[misses++] = gramCount;
        }

        if (_lexicons.Count > 0)
        {
            FeatureScratch.Grow(ref scratch.Lexicon, _lexicons.Count);
            _lexicons.Measure(scratch, scratch.Lexicon, entries.AsSpan(0, words.Length));
        }

        // The bigram rows, prefetched, so their loads overlap the sums of the words the cache did not know.
        FeatureScratch.Grow(ref scratch.Indices, words.Length);
        var rows = scratch.Indices;
        var bigrams = 0;
        uint previous = 0;
        for (var t = 0; t < words.Length; t++)
        {
            var hash = CountedHash(scratch, t, out _);
            if (_bigrams && t > 0)
            {
                rows[bigrams] = (int)(FeatureHash.Bigram(previous, hash) & (uint)_wordMask);
                weights.Prefetch(rows[bigrams++]);
            }

            previous = hash;
        }

        for (var m = 0; m < misses; m += 4)
        {
            var t = slots[m];
            var slot = slots[m + 1];
            var start = slots[m + 2];
            var end = slots[m + 3];
            ref readonly var token = ref words[t];
            var sums = perWord.Slice(t * width, width);
            sums.Clear();
            SumRows(values, scratch.Grams.AsSpan(start, end - start), sums[..heads]);
            values.AsSpan((int)(CountedHash(scratch, t, out _) & (uint)_wordMask) * heads, heads).CopyTo(sums[heads..]);
            if (slot >= 0)
            {
                cache.Store(slot, scratch.NormalOf(token), token.Hash, end - start, entries[t], sums);
            }

            charOccurrences += end - start;
        }

        Span<float> charSums = stackalloc float[heads];
        Span<float> wordSums = stackalloc float[heads];
        charSums.Clear();
        wordSums.Clear();
        for (var t = 0; t < words.Length; t++)
        {
            AddTo(charSums, perWord.Slice(t * width, heads));
            AddTo(wordSums, perWord.Slice((t * width) + heads, heads));
        }

        SumRows(values, rows.AsSpan(0, bigrams), wordSums);
        var wordOccurrences = words.Length + bigrams;
        scratch.WordScale = wordOccurrences > 0 ? _wordWeight / Math.Sqrt(wordOccurrences) : 0;
        scratch.CharScale = charOccurrences > 0 ? _charWeight / Math.Sqrt(charOccurrences) : 0;
        Combine(wordSums, charSums, values, heads, scratch, scores);
    }

    /// <summary>Adds the rows <paramref name="indices"/> of weights interleaved head by head to <paramref name="sums"/>, one per head, in order.</summary>
    private static void SumRows(float[] values, ReadOnlySpan<int> indices, Span<float> sums)
    {
        var heads = sums.Length;
        if (heads == 2)
        {
            // The shipped two heads, with the sums in registers.
            float first = sums[0], second = sums[1];
            foreach (var index in indices)
            {
                first += values[index * 2];
                second += values[(index * 2) + 1];
            }

            sums[0] = first;
            sums[1] = second;
            return;
        }

        foreach (var index in indices)
        {
            var row = values.AsSpan(index * heads, heads);
            for (var h = 0; h < heads; h++)
            {
                sums[h] += row[h];
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void AddTo(Span<float> sums, ReadOnlySpan<float> more)
    {
        for (var h = 0; h < sums.Length; h++)
        {
            sums[h] += more[h];
        }
    }

    /// <summary>How many features <see cref="Count"/> adds at most for these words: a unigram, a bigram and the character n-grams of each.</summary>
    private int Additions(ReadOnlySpan<WordToken> words)
    {
        var additions = 0;
        foreach (var word in words)
        {
            var padded = word.NormalLength + 2;
            additions += 2;
            for (var gram = _minGram; gram <= _maxGram && gram <= padded; gram++)
            {
                additions += padded - gram + 1;
            }
        }

        return additions;
    }

    /// <summary>
    /// Every head's linear score (without bias) at once from weights interleaved head by head
    /// (<c>weights[index * heads + head]</c>), so one cache line serves every head.
    /// </summary>
    public void DotAll(float[] weights, FeatureScratch scratch, Span<double> scores)
    {
        var heads = scores.Length;
        var table = scratch.Table;
        if (heads == 2)
        {
            DotTwo(weights, scratch, scores);
            return;
        }

        Span<float> word = stackalloc float[heads];
        Span<float> chars = stackalloc float[heads];
        word.Clear();
        chars.Clear();
        var charOffset = _charOffset;
        for (var i = 0; i < table.Count; i++)
        {
            var index = table.IndexAt(i);
            var count = table.CountAt(i);
            var row = weights.AsSpan(index * heads, heads);
            var sums = index < charOffset ? word : chars;
            for (var h = 0; h < heads; h++)
            {
                sums[h] += row[h] * count;
            }
        }

        Combine(word, chars, weights, heads, scratch, scores);
    }

    /// <summary>
    /// Each head's score from its word-block and character-block sums, scaled, plus the lexicon channel
    /// (<c>weights</c> interleaved head by head).
    /// </summary>
    private void Combine(ReadOnlySpan<float> wordSums, ReadOnlySpan<float> charSums, float[] weights, int heads, FeatureScratch scratch, Span<double> scores)
    {
        var lexicon = scratch.Lexicon;
        for (var h = 0; h < heads; h++)
        {
            double sum = (wordSums[h] * scratch.WordScale) + (charSums[h] * scratch.CharScale);
            for (var g = 0; g < _lexicons.Count; g++)
            {
                sum += weights[((_lexiconOffset + g) * heads) + h] * lexicon[g];
            }

            scores[h] = sum;
        }
    }

    /// <summary>
    /// <see cref="DotAll"/> for the shipped two heads, with the sums in registers: the same additions in the same
    /// order, so the same scores to the bit.
    /// </summary>
    private void DotTwo(float[] weights, FeatureScratch scratch, Span<double> scores)
    {
        var table = scratch.Table;
        float word0 = 0, word1 = 0, chars0 = 0, chars1 = 0;
        var charOffset = _charOffset;
        for (var i = 0; i < table.Count; i++)
        {
            var index = table.IndexAt(i);
            var count = table.CountAt(i);
            var first = weights[index * 2];
            var second = weights[(index * 2) + 1];
            if (index < charOffset)
            {
                word0 += first * count;
                word1 += second * count;
            }
            else
            {
                chars0 += first * count;
                chars1 += second * count;
            }
        }

        var lexicon = scratch.Lexicon;
        double sum0 = (word0 * scratch.WordScale) + (chars0 * scratch.CharScale);
        double sum1 = (word1 * scratch.WordScale) + (chars1 * scratch.CharScale);
        for (var g = 0; g < _lexicons.Count; g++)
        {
            sum0 += weights[(_lexiconOffset + g) * 2] * lexicon[g];
            sum1 += weights[((_lexiconOffset + g) * 2) + 1] * lexicon[g];
        }

        scores[0] = sum0;
        scores[1] = sum1;
    }

    /// <summary>
    /// Counts the post and exports its sorted, unique feature indices and values into <paramref name="scratch"/>:
    /// the sparse vector ML.NET is given.
    /// </summary>
    public void Featurize(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        Count(text, scratch);
        var table = scratch.Table;
        var n = table.Count;
        FeatureScratch.Grow(ref scratch.Indices, n + _lexicons.Count);
        FeatureScratch.Grow(ref scratch.Values, n + _lexicons.Count);
        FeatureScratch.Grow(ref scratch.Pairs, n);
        var indices = scratch.Indices;
        var values = scratch.Values;
        var pairs = scratch.Pairs.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            // Index in the high half, count in the low half: one sort orders the indices and carries their counts.
            pairs[i] = ((ulong)(uint)table.IndexAt(i) << 32) | (uint)table.CountAt(i);
        }

        pairs.Sort();
        for (var i = 0; i < n; i++)
        {
            var index = (int)(pairs[i] >> 32);
            indices[i] = index;
            values[i] = (float)((uint)pairs[i] * (index < _charOffset ? scratch.WordScale : scratch.CharScale));
        }

        for (var g = 0; g < _lexicons.Count; g++)
        {
            if (scratch.Lexicon[g] != 0)
            {
                indices[n] = _lexiconOffset + g;
                values[n++] = scratch.Lexicon[g];
            }
        }

        scratch.FeatureCount = n;
    }

    /// <summary>
    /// How much each word adds to the linear score <c>w·x</c> of the post last counted into <paramref name="scratch"/>:
    /// its unigram and character n-grams, half of each bigram it is part of, and its share of the lexicon features it
    /// hit. The contributions sum to the score without the bias. The weights are one head's of weights interleaved head
    /// by head (<c>weights[index * heads + head]</c>, as <see cref="DotAll"/> reads them; <c>heads</c> 1 for a single
    /// head's array), so explaining a post right after scoring it reads the cache lines the score just read. After
    /// <see cref="ScoreByWords"/> (with the same weights) the words' sums it kept are used instead of walking the
    /// n-grams again.
    /// </summary>
    public void Contributions(FeatureScratch scratch, float[] weights, int heads, int head, Span<float> perWord)
    {
        var words = scratch.Words;
        uint previous = 0;
        // After scoring by words each word's unigram weight and character n-gram sum are in the scratch already, so only
        // the bigrams are read again; after counting, each word's n-grams are walked.
        var byWords = scratch.ScoredByWords;
        var width = 2 * heads;
        var sums = scratch.WordSums;
        for (var t = 0; t < words.Length; t++)
        {
            var hash = CountedHash(scratch, t, out var blinded);
            var unigram = byWords ? sums[(t * width) + heads + head] : weights[((int)(hash & (uint)_wordMask) * heads) + head];
            double sum = unigram * scratch.WordScale;
            if (_bigrams && t > 0)
            {
                var half = weights[((int)(FeatureHash.Bigram(previous, hash) & (uint)_wordMask) * heads) + head] * scratch.WordScale / 2;
                sum += half;
                perWord[t - 1] += (float)half;
            }

            previous = hash;
            double chars;
            if (byWords)
            {
                chars = sums[(t * width) + head];
            }
            else
            {
                var grams = new WeightSink(weights, heads, head);
                if (!blinded)
                {
                    WalkCharGrams(scratch.Normal, words[t], ref grams);
                }

                chars = grams.Sum;
            }

            perWord[t] += (float)(sum + (chars * scratch.CharScale));
        }

        LexiconContributions(scratch, weights, heads, head, perWord);
    }

    /// <summary>Adds each word's share of the lexicon features it hit to <paramref name="perWord"/>.</summary>
    private void LexiconContributions(FeatureScratch scratch, float[] weights, int heads, int head, Span<float> perWord)
    {
        if (_lexicons.Count > 0)
        {
            Span<float> lexiconWeights = stackalloc float[_lexicons.Count];
            for (var g = 0; g < lexiconWeights.Length; g++)
            {
                lexiconWeights[g] = weights[((_lexiconOffset + g) * heads) + head];
            }

            _lexicons.Contributions(scratch, lexiconWeights, scratch.Lexicon, perWord);
        }
    }

    /// <summary>
    /// The hash word <paramref name="t"/>'s word-block features are counted under: its own, or the one every blinded word
    /// shares. Reads the lexicon channel's record of the post, so <see cref="LexiconChannel.Measure"/> must have run.
    /// </summary>
    private uint CountedHash(FeatureScratch scratch, int t, out bool blinded)
    {
        blinded = _lexicons.Blinds && _lexicons.IsBlinded(scratch, t);
        return blinded ? FeatureHash.BlindedWord : scratch.Tokens[t].Hash;
    }

    /// <summary>Hands <paramref name="sink"/> the feature index of every character n-gram of the word, always in the same order.</summary>
    private void WalkCharGrams<TSink>(char[] normal, in WordToken token, ref TSink sink)
        where TSink : struct, ICharGramSink
    {
        // The word sits between its boundary marks in the folded buffer: grams roll over it without branches.
        var padded = normal.AsSpan(token.NormalStart - 1, token.NormalLength + 2);
        for (var s = 0; s + _minGram <= padded.Length; s++)
        {
            var h = FeatureHash.CharStart;
            var end = Math.Min(_maxGram, padded.Length - s);
            for (var k = 0; k < end; k++)
            {
                h = FeatureHash.CharStep(h, padded[s + k]);
                if (k + 1 >= _minGram)
                {
                    sink.Add(_charOffset + (int)(FeatureHash.CharFinish(h, k + 1) >> _charShift));
                }
            }
        }
    }

    /// <summary>What <see cref="WalkCharGrams"/> does with each n-gram; a struct, so the walk is specialised per use.</summary>
    private interface ICharGramSink
    {
        void Add(int index);
    }

    /// <summary>Counts n-grams into the post's table and sums how much the squared length grew.</summary>
    private struct TableSink(FeatureTable table) : ICharGramSink
    {
        public long Squares;
        public long Occurrences;

        public void Add(int index)
        {
            Squares += table.Add(index);
            Occurrences++;
        }
    }

    /// <summary>Writes the n-gram indices down in order, prefetching each one's weights.</summary>
    private struct IndexSink(int[] indices, int count, InterleavedWeights weights) : ICharGramSink
    {
        public int Count = count;

        public void Add(int index)
        {
            weights.Prefetch(index);
            indices[Count++] = index;
        }
    }

    /// <summary>Sums one head's weights over n-grams.</summary>
    private struct WeightSink(float[] weights, int heads, int head) : ICharGramSink
    {
        public double Sum;

        public void Add(int index) => Sum += weights[(index * heads) + head];
    }
}
