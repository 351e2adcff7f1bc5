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
    private readonly string[] _words;
    private readonly Entry[] _entries;
    private readonly int _mask;
    private readonly WordFilter _filter;

    /// <summary>Numbers <paramref name="words"/> in order; they must be distinct.</summary>
    public Vocabulary(IReadOnlyCollection<string> words)
    {
        _words = [.. words];
        var size = 16;
        while (size < 2L * _words.Length)
        {
            size *= 2;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        for (var id = 0; id < _words.Length; id++)
        {
            var hash = WordFilter.Hash(_words[id]);
            var slot = SlotOf(hash);
            while (_entries[slot].IdPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(ShortHash(hash), id + 1);
        }

        _filter = new WordFilter(_words);
    }

    /// <summary>The number of words.</summary>
    public int Count => _words.Length;

    /// <summary>The id of <paramref name="word"/>, or -1 when it is not one of the words.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        var hash = WordFilter.Hash(word);
        if (!_filter.MayContain(hash))
        {
            return -1;
        }

        var shortHash = ShortHash(hash);
        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            var entry = _entries[slot];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == shortHash && word.SequenceEqual(_words[entry.IdPlusOne - 1]))
            {
                return entry.IdPlusOne - 1;
            }
        }
    }

    private int SlotOf(ulong hash) => (int)(hash >> 24) & _mask;

    private static uint ShortHash(ulong hash) => (uint)(hash >> 32) ^ (uint)hash;

    /// <summary>A word's id plus one (zero marks an empty slot) and its hash, compared before its letters.</summary>
    private readonly record struct Entry(uint Hash, int IdPlusOne);
}
