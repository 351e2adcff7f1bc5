using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// One thread's memory of words it has scored: for each folded word, every head's sum of the weights of its character
/// n-grams and every head's weight of its unigram, how many n-grams it has, and its own entry in the lexicon channel. Under
/// <see cref="BlockNormalization.Occurrences"/> a word adds exactly that to a post's character block whatever the other
/// words are, so a word seen before costs one lookup instead of walking its 10–20 n-grams and fetching their weights
/// from the 2 MB table. Direct-mapped on the word hash and checked against the word's letters, so a hit is always the
/// word itself and the sums are the ones walking it again would give, to the bit; words longer than
/// <see cref="MaxWordLength"/> are always walked. Each entry is one 64-byte cache line (key, counts, the sums and
/// unigram weights of up to <see cref="InlineHeads"/> heads, letters), so a lookup reads one line, which <see cref="Prefetch"/> can ask for
/// ahead. Belongs to one model's weights at a time: handed another model's, it forgets everything.
/// </summary>
internal sealed class WordGramCache
{
    /// <summary>Longer words are not kept (they are rare, and the letters are compared on every hit).</summary>
    public const int MaxWordLength = 16;

    /// <summary>
    /// Entries; a power of two (1 MB of lines). On the benchmark's 16,384 different 200-character posts 8,192 entries
    /// kept 84% of word lookups, 32,768 kept 94%.
    /// </summary>
    public const int Capacity = 16384;

    /// <summary>Heads whose sums and unigram weights fit in the entry's line; a model with more keeps them in an array beside it.</summary>
    public const int InlineHeads = 2;

    // The entries, in a pinned byte array so that each can start on a 64-byte boundary (_offset) and Prefetch can take
    // its address; an array of Entry would only be 8-byte aligned, and most entries would straddle two lines.
    private readonly byte[] _lines = GC.AllocateArray<byte>((Capacity + 1) * 64, pinned: true);
    private readonly int _offset;
    private float[] _extraSums = [];
    private int _width;
    private object? _owner;

    public WordGramCache()
    {
        unsafe
        {
            var address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_lines));
            _offset = (int)((64 - (address & 63)) & 63);
        }
    }

    /// <summary>Makes the cache serve <paramref name="owner"/>'s weights of <paramref name="heads"/> heads, forgetting everything if it served others.</summary>
    public void Serve(object owner, int heads)
    {
        if (ReferenceEquals(owner, _owner))
        {
            return;
        }

        Array.Clear(_lines);
        _width = 2 * heads;
        if (heads > InlineHeads && _extraSums.Length < Capacity * _width)
        {
            _extraSums = new float[Capacity * _width];
        }

        _owner = owner;
    }

    /// <summary>The slot a word with this hash lives in.</summary>
    public static int SlotOf(uint hash) => (int)(hash & (Capacity - 1));

    /// <summary>Asks the processor to start loading the line of the word with this hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash)
    {
        if (Sse.IsSupported)
        {
            unsafe
            {
                // The array is pinned for the cache's lifetime; a prefetch never faults.
                Sse.Prefetch0(Unsafe.AsPointer(ref At(SlotOf(hash))));
            }
        }
    }

    /// <summary>
    /// Finds the word: true and the slot holding it when the word is cached; false and the slot to
    /// <see cref="Store"/> it in otherwise (-1 when the word is too long to keep).
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> word, uint hash, out int slot)
    {
        if (word.Length > MaxWordLength)
        {
            slot = -1;
            return false;
        }

        slot = SlotOf(hash);
        ref var entry = ref At(slot);
        return entry.Hash == hash && entry.Length == word.Length + 1 && word.SequenceEqual(((ReadOnlySpan<char>)entry.Letters)[..word.Length]);
    }

    /// <summary>The n-gram count of the word in <paramref name="slot"/>.</summary>
    public int GramsAt(int slot) => At(slot).Grams;

    /// <summary>The lexicon-channel entry of the word in <paramref name="slot"/>.</summary>
    public int LexiconEntryAt(int slot) => At(slot).LexiconEntry;

    /// <summary>The cached sums of the word in <paramref name="slot"/>: its character n-gram sums, then its unigram weights, one per head each.</summary>
    public ReadOnlySpan<float> SumsAt(int slot) =>
        _width <= 2 * InlineHeads ? ((ReadOnlySpan<float>)At(slot).Sums)[.._width] : _extraSums.AsSpan(slot * _width, _width);

    /// <summary>Keeps a word's sums (as <see cref="SumsAt"/> gives them) in the slot <see cref="TryFind"/> gave, replacing whatever was there.</summary>
    public void Store(int slot, ReadOnlySpan<char> word, uint hash, int grams, int lexiconEntry, ReadOnlySpan<float> sums)
    {
        ref var entry = ref At(slot);
        entry.Hash = hash;
        entry.Length = word.Length + 1;
        entry.Grams = grams;
        entry.LexiconEntry = lexiconEntry;
        word.CopyTo(entry.Letters);
        sums.CopyTo(_width <= 2 * InlineHeads ? entry.Sums : _extraSums.AsSpan(slot * _width, _width));
    }

    private ref Entry At(int slot) => ref Unsafe.As<byte, Entry>(ref _lines[_offset + (slot * 64)]);

    /// <summary>
    /// A slot: the word's hash, its length plus one (zero marks an empty slot), its n-gram count and lexicon entry,
    /// the sums and unigram weights of up to <see cref="InlineHeads"/> heads and the letters; 64 bytes.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 64)]
    private struct Entry
    {
        public uint Hash;
        public int Length;
        public int Grams;
        public int LexiconEntry;
        public SumsBuffer Sums;
        public LettersBuffer Letters;
    }

    [InlineArray(2 * InlineHeads)]
    private struct SumsBuffer
    {
        private float _first;
    }

    [InlineArray(MaxWordLength)]
    private struct LettersBuffer
    {
        private char _first;
    }
}
