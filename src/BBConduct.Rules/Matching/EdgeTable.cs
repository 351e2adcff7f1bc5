namespace BBConduct.Rules.Matching;

/// <summary>
/// The edges of a flattened trie keyed by (node index, word id), in one open-addressing table: one probe of one
/// array per step, where a dictionary per node costs a bucket, an entry and the dictionary itself.
/// </summary>
/// <remarks>
/// Most lookups find nothing (the word after "you" seldom continues a term), and a large policy's table is not in
/// cache: a blocked Bloom filter of about eight bits an edge, two of them in one 64-bit word, rules most of them out
/// with one read of a table a tenth the size.
/// </remarks>
internal sealed class EdgeTable
{
    private readonly Edge[] _edges;
    private readonly int _mask;
    private readonly ulong[] _filter;
    private readonly int _filterMask;

    /// <summary>Builds the table over <paramref name="edges"/>; each (node, word) pair must occur once.</summary>
    public EdgeTable(IReadOnlyCollection<(int Node, int Word, int Child)> edges)
    {
        var size = 16;
        while (size < 2L * edges.Count)
        {
            size *= 2;
        }

        _edges = new Edge[size];
        _mask = size - 1;
        var blocks = 1;
        while (blocks * 64L < 8L * edges.Count)
        {
            blocks *= 2;
        }

        _filter = new ulong[blocks];
        _filterMask = blocks - 1;
        foreach (var (node, word, child) in edges)
        {
            var key = Key(node, word);
            var hash = Spread(key);
            _filter[BlockOf(hash)] |= BitsOf(hash);
            var slot = SlotOf(hash);
            while (_edges[slot].ChildPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _edges[slot] = new Edge(key, child + 1);
        }
    }

    /// <summary>The index of the child of node <paramref name="node"/> along word <paramref name="word"/>, or -1.</summary>
    public int Find(int node, int word)
    {
        var key = Key(node, word);
        var hash = Spread(key);
        var bits = BitsOf(hash);
        if ((_filter[BlockOf(hash)] & bits) != bits)
        {
            return -1;
        }

        for (var slot = SlotOf(hash); ; slot = (slot + 1) & _mask)
        {
            ref readonly var edge = ref _edges[slot];
            if (edge.ChildPlusOne == 0 || edge.Key == key)
            {
                return edge.ChildPlusOne - 1;
            }
        }
    }

    private static ulong Key(int node, int word) => ((ulong)(uint)node << 32) | (uint)word;

    private static ulong Spread(ulong key) => key * 0x9E3779B97F4A7C15UL;

    private int SlotOf(ulong hash) => (int)(hash >> 32) & _mask;

    // The filter takes the hash's top bits, which the slot (from bit 32 up) uses only for the largest tables.
    private int BlockOf(ulong hash) => (int)(hash >> 52) & _filterMask;

    private static ulong BitsOf(ulong hash) => (1UL << (int)(hash >> 46)) | (1UL << (int)(hash >> 40));

    /// <summary>An edge; the child's index plus one, so that zero marks an empty slot.</summary>
    private readonly record struct Edge(ulong Key, int ChildPlusOne);
}
