namespace BBConduct.Rules.Matching;

/// <summary>
/// The edges of a flattened trie keyed by (node index, word id), in one open-addressing table: one probe of one
/// array per step, where a dictionary per node costs a bucket, an entry and the dictionary itself.
/// </summary>
internal sealed class EdgeTable
{
    private readonly Edge[] _edges;
    private readonly int _mask;

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
        foreach (var (node, word, child) in edges)
        {
            var key = Key(node, word);
            var slot = SlotOf(key);
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
        for (var slot = SlotOf(key); ; slot = (slot + 1) & _mask)
        {
            ref readonly var edge = ref _edges[slot];
            if (edge.ChildPlusOne == 0 || edge.Key == key)
            {
                return edge.ChildPlusOne - 1;
            }
        }
    }

    private static ulong Key(int node, int word) => ((ulong)(uint)node << 32) | (uint)word;

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    /// <summary>An edge; the child's index plus one, so that zero marks an empty slot.</summary>
    private readonly record struct Edge(ulong Key, int ChildPlusOne);
}
