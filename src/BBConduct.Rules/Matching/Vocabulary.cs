namespace BBConduct.Rules.Matching;

/// <summary>
/// Numbers the distinct words of a lexicon (its terms' words and their slips), so that each word of a post is looked
/// up once and the matcher's trie is walked by number instead of by string.
/// </summary>
/// <remarks>
/// Open addressing on <see cref="WordFilter.Hash"/>, with the filter in front: most words of a post are in no
/// lexicon, and the filter stays in cache where a table of a large lexicon's 100,000 words does not.
/// </remarks>
internal sealed class Vocabulary
{
    private readonly Entry[] _entries;

    // Every word's letters back to back, so a lookup compares against the table's own memory, not a string object.
    // Each entry holds where its word's letters are: a word found costs two reads (the entry, its letters), not three.
    private readonly char[] _letters;
    private readonly int _mask;
    private readonly WordFilter _filter;

    /// <summary>Numbers <paramref name="words"/> in order; they must be distinct.</summary>
    public Vocabulary(IReadOnlyCollection<string> words)
    {
        Count = words.Count;
        var size = 16;
        while (size < 2L * Count)
        {
            size *= 2;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        _letters = new char[words.Sum(w => w.Length)];
        var id = 0;
        var start = 0;
        foreach (var word in words)
        {
            word.CopyTo(_letters.AsSpan(start));
            var hash = WordFilter.Hash(word);
            var slot = SlotOf(hash);
            while (_entries[slot].IdPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(ShortHash(hash), ++id, start, word.Length);
            start += word.Length;
        }

        _filter = new WordFilter(words);
    }

    /// <summary>The number of words.</summary>
    public int Count { get; }

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not one of the words.</summary>
    public int IdOf(ReadOnlySpan<char> word) => IdOf(word, WordFilter.Hash(word));

    /// <summary>The id of <paramref name="word"/>, whose <see cref="WordFilter.Hash"/> is <paramref name="hash"/>, or -1 when it is not one of the words.</summary>
    public int IdOf(ReadOnlySpan<char> word, ulong hash)
    {
        return _filter.MayContain(hash) ? Find(word, hash) : -1;
    }

    /// <summary>
    /// As <see cref="IdOf(ReadOnlySpan{char}, ulong)"/> without the vocabulary's own filter: for a caller whose
    /// narrower filter (the words that start a term, the stems) has already let the word through.
    /// </summary>
    public int Find(ReadOnlySpan<char> word, ulong hash)
    {
        var shortHash = ShortHash(hash);
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == shortHash && entry.Length == word.Length && word.SequenceEqual(_letters.AsSpan(entry.Start, entry.Length)))
            {
                return entry.IdPlusOne - 1;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)(hash >> 24) & _mask;

    private static uint ShortHash(ulong hash) => (uint)(hash >> 32) ^ (uint)hash;

    /// <summary>A word's id plus one (zero marks an empty slot), its hash, compared before its letters, and where its letters are.</summary>
    private readonly record struct Entry(uint Hash, int IdPlusOne, int Start, int Length);
}
