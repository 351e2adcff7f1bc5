namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Counts feature indices of one post in a small open-addressing table (linear probing, power-of-two capacity at
/// least eight times the number of additions), so duplicates merge without sorting. Reused across posts: only the slots a
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

    /// <summary>
    /// Empties the table and sizes it for <paramref name="additions"/> additions: the probed range is the power of two
    /// at least eight times that, even when the arrays are larger from an earlier long post. Measured on 200-character
    /// posts: twice the additions (fewer cache lines, more collisions) was 10–20% slower than sizing for the longest
    /// possible words, eight times 9–15% faster than it.
    /// </summary>
    public void Prepare(int additions)
    {
        Clear();
        var needed = 64;
        while (needed < additions * 8)
        {
            needed *= 2;
        }

        if (needed > _keys.Length)
        {
            _keys = new int[needed];
            _counts = new int[needed];
            _used = new int[needed / 2];
        }

        _mask = needed - 1;
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
