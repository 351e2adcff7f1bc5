namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// One thread's memory of words it has scored: for each folded word, every head's sum of the weights of its character
/// n-grams, how many n-grams it has, and its own entry in the lexicon channel. Under <see cref="BlockNormalization.Occurrences"/> a word adds exactly that to
/// a post's character block whatever the other words are, so a word seen before costs one lookup instead of walking and
/// looking up its 10–20 n-grams. Direct-mapped on the word hash and checked against the word's letters, so a hit is
/// always the word itself and the sums are the ones walking it again would give, to the bit; words longer than
/// <see cref="MaxWordLength"/> are always walked. Belongs to one model's weights at a time: handed another model's,
/// it forgets everything.
/// </summary>
internal sealed class WordGramCache
{
    /// <summary>Longer words are not kept (they are rare, and the letters are compared on every hit).</summary>
    public const int MaxWordLength = 16;

    /// <summary>Entries; a power of two. Measured on 200-character posts of the benchmark corpus (see the benchmarks).</summary>
    public const int Capacity = 8192;

    private readonly Entry[] _entries = new Entry[Capacity];
    private readonly char[] _letters = new char[Capacity * MaxWordLength];
    private float[] _sums = [];
    private int _heads;
    private object? _owner;

    /// <summary>Makes the cache serve <paramref name="owner"/>'s weights of <paramref name="heads"/> heads, forgetting everything if it served others.</summary>
    public void Serve(object owner, int heads)
    {
        if (ReferenceEquals(owner, _owner))
        {
            return;
        }

        Array.Clear(_entries);
        if (_sums.Length < Capacity * heads)
        {
            _sums = new float[Capacity * heads];
        }

        _heads = heads;
        _owner = owner;
    }

    /// <summary>
    /// Finds the word's sums: true and the slot holding them when the word is cached; false and the slot to
    /// <see cref="Store"/> them in otherwise (-1 when the word is too long to keep).
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> word, uint hash, out int slot)
    {
        if (word.Length > MaxWordLength)
        {
            slot = -1;
            return false;
        }

        slot = (int)(hash & (Capacity - 1));
        ref var entry = ref _entries[slot];
        return entry.Hash == hash && entry.Length == word.Length + 1 && word.SequenceEqual(_letters.AsSpan(slot * MaxWordLength, word.Length));
    }

    /// <summary>The n-gram count of the word in <paramref name="slot"/>.</summary>
    public int GramsAt(int slot) => _entries[slot].Grams;

    /// <summary>The lexicon-channel entry of the word in <paramref name="slot"/>.</summary>
    public int LexiconEntryAt(int slot) => _entries[slot].LexiconEntry;

    /// <summary>The cached sums of the word in <paramref name="slot"/>, one per head.</summary>
    public ReadOnlySpan<float> SumsAt(int slot) => _sums.AsSpan(slot * _heads, _heads);

    /// <summary>Keeps a word's sums in the slot <see cref="TryFind"/> gave, replacing whatever was there.</summary>
    public void Store(int slot, ReadOnlySpan<char> word, uint hash, int grams, int lexiconEntry, ReadOnlySpan<float> sums)
    {
        word.CopyTo(_letters.AsSpan(slot * MaxWordLength, MaxWordLength));
        sums.CopyTo(_sums.AsSpan(slot * _heads, _heads));
        _entries[slot] = new Entry(hash, word.Length + 1, grams, lexiconEntry);
    }

    /// <summary>A slot: the word's hash, its length plus one (zero marks an empty slot), its n-gram count and lexicon entry.</summary>
    private readonly record struct Entry(uint Hash, int Length, int Grams, int LexiconEntry);
}
