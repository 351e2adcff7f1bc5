namespace BBConduct.Rules.Matching;

/// <summary>
/// The edges of a trie keyed by (node number, word id), in one open-addressing table: one probe of one array per
/// step, where a dictionary per node costs a bucket, an entry and the dictionary itself.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
internal sealed class EdgeTable<T>
    where T : class
{
    private readonly Edge[] _edges;
    private readonly int _mask;

    /// <summary>Builds the table over <paramref name="edges"/>; each (node, word) pair must occur once.</summary>
    public EdgeTable(IReadOnlyCollection<(int Node, int Word, T Child)> edges)
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
            while (_edges[slot].Child is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _edges[slot] = new Edge(key, child);
        }
    }

    /// <summary>The child of node <paramref name="node"/> along word <paramref name="word"/>, or <see langword="null"/>.</summary>
    public T? Find(int node, int word)
    {
        var key = Key(node, word);
        for (var slot = SlotOf(key); ; slot = (slot + 1) & _mask)
        {
            ref readonly var edge = ref _edges[slot];
            if (edge.Child is null || edge.Key == key)
            {
                return edge.Child;
            }
        }
    }

    private static ulong Key(int node, int word) => ((ulong)(uint)node << 32) | (uint)word;

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private readonly record struct Edge(ulong Key, T? Child);
}
