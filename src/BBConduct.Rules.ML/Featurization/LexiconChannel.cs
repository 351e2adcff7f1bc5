using BBConduct.Rules.Matching;

namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// The dense lexicon features: which word lists hit a post, matched on the same folded words as the n-grams. Terms
/// are hashed phrase by phrase (word hashes chained with <see cref="FeatureHash.Phrase"/>) into a small open-addressing
/// table whose values are group bits, plus a bit saying a longer phrase continues from here, so most words cost one
/// probe and nothing allocates.
/// </summary>
internal sealed class LexiconChannel
{
    private const int Continues = 1 << 31;
    private const uint PhraseStart = 0x6A09E667;
    private static readonly string[] Endings = ["s", "es", "ed", "er", "ers", "ing", "y", "head", "heads"];
    // Key in the high half, group bits (never zero for an entry) in the low half: one probe reads one place.
    private readonly ulong[] _slots;
    private readonly int _mask;

    // The matcher's Bloom filter over the keys: most words of a post start no listed phrase, and the filter answers for
    // them from the cache instead of probing the 512 KB table.
    private readonly WordFilter _filter;
    private readonly int _groups;
    private readonly (int First, int Second)[] _pairs;
    private readonly float _scale;
    private readonly int _blindBit;

    public LexiconChannel(FeatureSettings settings)
    {
        _groups = settings.Lexicons.Count;
        _scale = (float)settings.LexiconScale;
        _pairs = [.. settings.LexiconPairs.Select(p => (Find(settings, p.First), Find(settings, p.Second)))];
        _blindBit = settings.BlindGroup is { } blind ? 1 << Find(settings, blind) : 0;
        var entries = new Dictionary<uint, int>();
        var scratch = new FeatureScratch();
        for (var g = 0; g < settings.Lexicons.Count; g++)
        {
            var group = settings.Lexicons[g];
            foreach (var raw in group.Terms)
            {
                var exact = raw.StartsWith('=');
                var term = exact ? raw[1..] : raw;
                AddPhrase(entries, scratch, term, 1 << g);
                if (group.Inflect && !exact)
                {
                    foreach (var ending in Endings)
                    {
                        AddPhrase(entries, scratch, term + ending, 1 << g);
                    }

                    if (term.EndsWith('e'))
                    {
                        AddPhrase(entries, scratch, term + "d", 1 << g);
                        AddPhrase(entries, scratch, term + "r", 1 << g);
                    }
                }
            }
        }

        var capacity = 16;
        while (capacity < entries.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new ulong[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            var slot = Slot(key);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)key << 32) | (uint)value;
        }

        _filter = WordFilter.OfHashes([.. entries.Keys.Select(key => WordFilter.Spread(key))]);
    }

    /// <summary>The number of features the channel adds.</summary>
    public int Count => _groups + _pairs.Length;

    /// <summary>Whether any word is blinded (<see cref="FeatureSettings.BlindGroup"/>).</summary>
    public bool Blinds => _blindBit != 0;

    /// <summary>
    /// Whether word <paramref name="t"/> of the post last measured into <paramref name="scratch"/> is a one-word term
    /// of the blinded group (read from the groups <see cref="Measure"/> recorded, so it costs no probe of its own).
    /// </summary>
    public bool IsBlinded(FeatureScratch scratch, int t) => (scratch.WordGroups[t] & _blindBit) != 0;

    /// <summary>Whether a word with this entry (<see cref="EntryOf"/>) is a one-word term of the blinded group.</summary>
    public bool BlindsEntry(int entry) => (entry & _blindBit) != 0;

    /// <summary>
    /// Fills <paramref name="features"/> with the channel's values for the tokenised post in <paramref name="scratch"/>,
    /// and records in <see cref="FeatureScratch.WordGroups"/> the groups each word is a one-word term of.
    /// </summary>
    /// <param name="scratch">The tokenised post.</param>
    /// <param name="features">Receives the channel's values.</param>
    /// <param name="entries">Each word's own entry (<see cref="EntryOf"/>) when the caller knows them already; empty to look them up.</param>
    public void Measure(FeatureScratch scratch, Span<float> features, ReadOnlySpan<int> entries = default)
    {
        var hits = scratch.LexiconHits.AsSpan();
        hits.Clear();
        var counter = new HitCounter(hits);
        FeatureScratch.Grow(ref scratch.WordGroups, scratch.TokenCount);
        Walk(scratch.Words, ref counter, scratch.WordGroups, entries);
        for (var g = 0; g < _groups; g++)
        {
            features[g] = Value(hits[g]);
        }

        for (var p = 0; p < _pairs.Length; p++)
        {
            features[_groups + p] = Value(Math.Min(hits[_pairs[p].First], hits[_pairs[p].Second]));
        }
    }

    /// <summary>
    /// Shares each group's contribution <c>weight · value</c> out over the words of its hits, equally per hit, so an
    /// explanation can point at the listed words. Pair features are shared over both groups' hits. Uses the hits
    /// <see cref="Measure"/> counted for the same post, so the words are walked once more, not twice.
    /// </summary>
    public void Contributions(FeatureScratch scratch, ReadOnlySpan<float> weights, ReadOnlySpan<float> features, Span<float> perWord)
    {
        var sharer = new ShareOut(this, weights, features, scratch.LexiconHits, perWord);
        Walk(scratch.Words, ref sharer, [], []);
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> for every lexicon hit: each group a phrase of words <c>first..last</c> belongs
    /// to. When <paramref name="wordGroups"/> is not empty, it receives each word's one-word groups. Each word's own
    /// entry is read from <paramref name="entries"/> when it is not empty.
    /// </summary>
    private void Walk<TVisitor>(ReadOnlySpan<WordToken> words, ref TVisitor visitor, Span<int> wordGroups, ReadOnlySpan<int> entries)
        where TVisitor : struct, IHitVisitor, allows ref struct
    {
        for (var t = 0; t < words.Length; t++)
        {
            var h = PhraseStart;
            for (var k = t; k < words.Length; k++)
            {
                int value;
                if (k == t && !entries.IsEmpty)
                {
                    value = entries[t];
                    if ((value & Continues) != 0)
                    {
                        h = FeatureHash.Phrase(h, words[k].Hash);
                    }
                }
                else
                {
                    h = FeatureHash.Phrase(h, words[k].Hash);
                    value = Lookup(h);
                }

                var groups = value & ~Continues;
                if (k == t && !wordGroups.IsEmpty)
                {
                    wordGroups[t] = groups;
                }

                while (groups != 0)
                {
                    visitor.Hit(System.Numerics.BitOperations.TrailingZeroCount(groups), t, k);
                    groups &= groups - 1;
                }

                if ((value & Continues) == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>What <see cref="Walk"/> does with each hit; a struct, so the walk is specialised and allocates nothing.</summary>
    private interface IHitVisitor
    {
        void Hit(int group, int first, int last);
    }

    /// <summary>Counts the hits of each group.</summary>
    private readonly ref struct HitCounter(Span<int> hits) : IHitVisitor
    {
        private readonly Span<int> _hits = hits;

        public void Hit(int group, int first, int last) => _hits[group]++;
    }

    /// <summary>Adds each hit's share of its group's (and its pairs') contribution to the words of the hit.</summary>
    private readonly ref struct ShareOut(LexiconChannel channel, ReadOnlySpan<float> weights, ReadOnlySpan<float> features, ReadOnlySpan<int> hits, Span<float> perWord) : IHitVisitor
    {
        private readonly ReadOnlySpan<float> _weights = weights;
        private readonly ReadOnlySpan<float> _features = features;
        private readonly ReadOnlySpan<int> _hits = hits;
        private readonly Span<float> _perWord = perWord;

        public void Hit(int group, int first, int last)
        {
            var pairs = channel._pairs;
            var groups = channel._groups;
            var share = _weights[group] * _features[group] / _hits[group];
            for (var p = 0; p < pairs.Length; p++)
            {
                if (pairs[p].First == group || pairs[p].Second == group)
                {
                    share += _weights[groups + p] * _features[groups + p] / (_hits[pairs[p].First] + _hits[pairs[p].Second]);
                }
            }

            for (var w = first; w <= last; w++)
            {
                _perWord[w] += share / (last - first + 1);
            }
        }
    }

    /// <summary>
    /// A word's own entry: the groups it is a one-word term of, and whether a listed phrase starts with it. Depends on
    /// the word alone, so it can be kept with the word (<see cref="WordGramCache"/>) and handed back to <see cref="Measure"/>.
    /// </summary>
    public int EntryOf(uint wordHash) => Lookup(FeatureHash.Phrase(PhraseStart, wordHash));

    private float Value(int hits) => hits == 0 ? 0 : _scale * MathF.Log2(1 + hits);

    private int Lookup(uint key)
    {
        if (!_filter.MayContain(WordFilter.Spread(key)))
        {
            return 0;
        }

        var slot = Slot(key);
        while (true)
        {
            var entry = _slots[slot];
            if ((uint)entry == 0 || (uint)(entry >> 32) == key)
            {
                return (int)(uint)entry;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(uint key) => (int)(key * 0x9E3779B1u >> 8) & _mask;

    private static void AddPhrase(Dictionary<uint, int> entries, FeatureScratch scratch, string term, int bit)
    {
        PostTokenizer.Tokenize(term, scratch);
        var words = scratch.Words;
        var h = PhraseStart;
        for (var k = 0; k < words.Length; k++)
        {
            h = FeatureHash.Phrase(h, words[k].Hash);
            entries.TryGetValue(h, out var value);
            entries[h] = value | (k == words.Length - 1 ? bit : Continues);
        }
    }

    private static int Find(FeatureSettings settings, string name)
    {
        for (var i = 0; i < settings.Lexicons.Count; i++)
        {
            if (settings.Lexicons[i].Name == name)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(settings), name, $"No lexicon group named '{name}'.");
    }
}
