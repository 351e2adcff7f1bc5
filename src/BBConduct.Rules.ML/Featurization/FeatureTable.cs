namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Counts feature indices of one post in a small open-addressing table (linear probing, power-of-two capacity at
/// least twice the number of additions), so duplicates merge without sorting. Reused across posts: only the slots a
/// post touched are cleared afterwards.
/// </summary>
internal sealed class FeatureTable
{
    // Keys are stored plus one so that a zeroed slot means empty.
    private int[] _keys = new int[1024];
    private int[] _counts = new int[1024];
    private int[] _used = new int[512];
    private int _mask = 1023;

    /// <summary>Distinct features added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Makes room for <paramref name="additions"/> more additions; call before adding.</summary>
    public void Reserve(int additions)
    {
        var needed = (Count + additions) * 2;
        if (needed <= _keys.Length)
        {
            return;
        }

        var capacity = _keys.Length;
        while (capacity < needed)
        {
            capacity *= 2;
        }

        var keys = _keys;
        var counts = _counts;
        var used = _used.AsSpan(0, Count).ToArray();
        _keys = new int[capacity];
        _counts = new int[capacity];
        _used = new int[capacity / 2];
        _mask = capacity - 1;
        Count = 0;
        foreach (var slot in used)
        {
            Add(keys[slot] - 1, counts[slot]);
        }
    }

    /// <summary>Adds one occurrence of feature <paramref name="index"/>.</summary>
    /// <returns>How much the sum of squared counts grew (2n + 1 for a feature seen n times before).</returns>
    public int Add(uint index) => Add((int)index, 1);

    /// <summary>Adds <paramref name="times"/> occurrences of feature <paramref name="index"/>.</summary>
    /// <returns>How much the sum of squared counts grew.</returns>
    public int Add(int index, int times = 1)
    {
        var key = index + 1;
        var keys = _keys;
        var slot = (int)((uint)index * 0x9E3779B1u >> 7) & _mask;
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                var before = _counts[slot];
                _counts[slot] = before + times;
                return (2 * before * times) + (times * times);
            }

            if (k == 0)
            {
                keys[slot] = key;
                _counts[slot] = times;
                _used[Count++] = slot;
                return times * times;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The feature index of the <paramref name="i"/>-th distinct feature, in order of first addition.</summary>
    public int IndexAt(int i) => _keys[_used[i]] - 1;

    /// <summary>The count of the <paramref name="i"/>-th distinct feature.</summary>
    public int CountAt(int i) => _counts[_used[i]];

    /// <summary>The count of feature <paramref name="index"/> (0 when absent).</summary>
    public int CountOf(int index)
    {
        var key = index + 1;
        var slot = (int)((uint)index * 0x9E3779B1u >> 7) & _mask;
        while (true)
        {
            var k = _keys[slot];
            if (k == key)
            {
                return _counts[slot];
            }

            if (k == 0)
            {
                return 0;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Empties the table by clearing only the slots in use.</summary>
    public void Clear()
    {
        var keys = _keys;
        var used = _used;
        for (var i = 0; i < Count; i++)
        {
            keys[used[i]] = 0;
        }

        Count = 0;
    }
}
