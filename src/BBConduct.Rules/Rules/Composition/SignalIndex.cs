using System.Buffers;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Sorted keys over one list of signals, for the combinators whose pairwise check (every subject against every other
/// signal) grows with the square of the evidence: a 20,000-character post can carry hundreds of each. Built only above
/// <see cref="PairwiseLimit"/> pairs, from a pooled array, so short posts keep the plain loops and nothing is allocated
/// once the pool is warm.
/// </summary>
internal ref struct SignalIndex
{
    /// <summary>Below this many subject-and-other pairs the plain nested loop is cheaper than sorting.</summary>
    public const int PairwiseLimit = 256;

    private long[]? _rented;
    private int _count;

    /// <summary>The keys, ascending.</summary>
    public readonly ReadOnlySpan<long> Keys => _rented.AsSpan(0, _count);

    /// <summary>
    /// The regions among <paramref name="signals"/> (whole-post signals left out) keyed by start, each key's low half
    /// the largest end of any region starting at or before it: a subject lies wholly inside some region exactly when
    /// the last key starting at or before the subject reaches its end.
    /// </summary>
    public static SignalIndex ByStartWithReach(List<Signal> signals)
    {
        var index = Rent(signals.Count);
        foreach (var r in signals)
        {
            if (!r.IsWholePost)
            {
                index._rented![index._count++] = ((long)r.Start << 32) | (uint)r.End;
            }
        }

        var keys = index._rented.AsSpan(0, index._count);
        keys.Sort();
        var reach = int.MinValue;
        for (var i = 0; i < keys.Length; i++)
        {
            reach = Math.Max(reach, (int)(uint)keys[i]);
            keys[i] = (keys[i] & ~0xFFFF_FFFFL) | (uint)reach;
        }

        return index;
    }

    /// <summary>
    /// The positions in <paramref name="signals"/> of the signals that are not whole-post, keyed by sentence and then
    /// position: the signals of one sentence, in list order, are one run of keys.
    /// </summary>
    public static SignalIndex BySentence(List<Signal> signals)
    {
        var index = Rent(signals.Count);
        for (var i = 0; i < signals.Count; i++)
        {
            if (!signals[i].IsWholePost)
            {
                index._rented![index._count++] = ((long)signals[i].Sentence << 32) | (uint)i;
            }
        }

        index._rented.AsSpan(0, index._count).Sort();
        return index;
    }

    /// <summary>Whether a region indexed by <see cref="ByStartWithReach"/> holds the span <paramref name="start"/>..<paramref name="end"/>.</summary>
    public readonly bool Covers(int start, int end)
    {
        var keys = Keys;
        // The last key whose start is at or before this one: search for the first key past (start, any reach).
        var at = keys.BinarySearch(((long)start << 32) | uint.MaxValue);
        var last = at >= 0 ? at : ~at - 1;
        return last >= 0 && (int)(uint)keys[last] >= end;
    }

    /// <summary>Where the run of keys for <paramref name="sentence"/> starts in <see cref="Keys"/> (a <see cref="BySentence"/> index).</summary>
    public readonly int FirstOfSentence(int sentence)
    {
        var at = Keys.BinarySearch((long)sentence << 32);
        return at >= 0 ? at : ~at;
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<long>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private static SignalIndex Rent(int size) => new() { _rented = ArrayPool<long>.Shared.Rent(Math.Max(size, 1)) };
}
