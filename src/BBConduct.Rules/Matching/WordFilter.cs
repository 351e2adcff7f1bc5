using System.Runtime.CompilerServices;

namespace BBConduct.Rules.Matching;

/// <summary>
/// A Bloom filter over the words a dictionary holds. Most words of a post are in no lexicon; two bits of one 64-bit
/// word of a table that stays in cache rule them out more cheaply than a lookup in a dictionary of thousands of words (tens of thousands
/// with typos) that does not. It never says no to a word it holds, so a word it rules out is truly absent.
/// </summary>
/// <remarks>
/// At least 2^17 bits (16 KB, enough for the embedded policy's ~11,000 words) and at least ten bits a word, so a
/// larger lexicon keeps false passes near 5% instead of filling the table.
/// </remarks>
internal sealed class WordFilter
{
    private const int MinBits = 1 << 17;
    private readonly ulong[] _bits;
    private readonly int _mask;

    /// <summary>Builds the filter over <paramref name="words"/>.</summary>
    public WordFilter(IReadOnlyCollection<string> words)
        : this(words.Count, words.Select(word => Hash(word)))
    {
    }

    private WordFilter(int count, IEnumerable<ulong> hashes)
    {
        var bits = MinBits;
        while (bits < 10L * count && bits < 1 << 30)
        {
            bits *= 2;
        }

        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        foreach (var hash in hashes)
        {
            var (first, second) = Positions(hash);
            _bits[first >> 6] |= 1UL << first;
            _bits[second >> 6] |= 1UL << second;
        }
    }

    /// <summary>
    /// A filter over keys that are not words (the classifier's phrase keys, say), each given as a 64-bit hash whose
    /// high half is well mixed, such as <see cref="Spread"/> of the key; test them with <see cref="MayContain(ulong)"/>.
    /// </summary>
    public static WordFilter OfHashes(IReadOnlyCollection<ulong> hashes) => new(hashes.Count, hashes);

    /// <summary>False when <paramref name="word"/> is certainly not one of the words; true when it may be.</summary>
    public bool MayContain(ReadOnlySpan<char> word) => MayContain(Hash(word));

    /// <summary>As <see cref="MayContain(ReadOnlySpan{char})"/>, for a word whose <see cref="Hash"/> is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong hash)
    {
        // Both bits are in one 64-bit word (see Positions): one read, one test, no branch between them. A shift of a
        // ulong uses only the low six bits of the count: the bit within its word.
        var first = (int)(hash >> 32) & _mask;
        var bits = (1UL << first) | (1UL << (int)hash);
        return (_bits[first >> 6] & bits) == bits;
    }

    /// <summary>
    /// FNV-1a (<see cref="Fold"/> from <see cref="Basis"/>), then one multiply to spread it over 64 bits
    /// (<see cref="Spread"/>): the filter takes a 64-bit word from the high half and two bits of it from the low, and
    /// <see cref="Vocabulary"/> reuses it so a word is hashed once.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        var state = Basis;
        foreach (var c in word)
        {
            state = Fold(state, c);
        }

        return Spread(state);
    }

    /// <summary>The FNV-1a state of no characters.</summary>
    public const uint Basis = 2166136261u;

    /// <summary>The FNV-1a state after one more character: the states of a word's prefixes come on the way to its own.</summary>
    public static uint Fold(uint state, char c) => (state ^ c) * 16777619u;

    /// <summary>The <see cref="Hash"/> of the characters whose FNV-1a state is <paramref name="state"/>.</summary>
    public static ulong Spread(uint state) => state * 0x9E3779B97F4A7C15UL;

    // Both bits in one 64-bit word (a blocked filter): a word ruled out costs one read of the table, not two.
    private (int First, int Second) Positions(ulong hash)
    {
        var first = (int)(hash >> 32) & _mask;
        return (first, (first & ~63) | (int)(hash & 63));
    }
}
