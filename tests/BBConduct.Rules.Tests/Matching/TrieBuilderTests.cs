using BBConduct.Rules.Matching;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>The flat layout the matcher walks: root words first, shared prefixes shared, ends in the order added.</summary>
public sealed class TrieBuilderTests
{
    [Fact]
    public void Words_that_start_a_path_are_numbered_first_and_their_node_is_at_their_id()
    {
        var trie = new TrieBuilder();
        AddPath(trie, 0, "son", "of", "a", "bitch");
        AddPath(trie, 1, "idiot");
        AddPath(trie, 2, "a", "loser");

        var flat = trie.Finish();

        Assert.Equal(["son", "idiot", "a"], flat.RootWords);
        Assert.Equal(["son", "idiot", "a", "of", "loser", "bitch"], flat.Vocabulary);
        var idiot = flat.Nodes[1];
        Assert.Equal(1, idiot.EndCount);
        Assert.Equal(1, flat.Ends[idiot.FirstEnd].TermId);
        Assert.False(idiot.HasChildren);
    }

    [Fact]
    public void Paths_with_a_common_prefix_share_its_nodes_and_each_node_keeps_its_ends_in_the_order_added()
    {
        var trie = new TrieBuilder();
        AddPath(trie, 0, "shut", "up");
        AddPath(trie, 1, "shut", "it");
        AddPath(trie, 2, "shut", "up");

        var flat = trie.Finish();

        // shut (the root word), up, it: one node each, reached by one edge each below the root.
        Assert.Equal(3, flat.Nodes.Length);
        Assert.Equal(2, flat.Edges.Count);
        var shut = flat.Nodes[0];
        Assert.True(shut.HasChildren);
        Assert.Equal(0, shut.EndCount);
        var up = flat.Edges.Single(e => e.Node == 0 && e.Word == Id(flat, "up")).Child;
        var ends = flat.Ends.AsSpan(flat.Nodes[up].FirstEnd, flat.Nodes[up].EndCount).ToArray().Select(e => e.TermId);
        Assert.Equal([0, 2], ends);
    }

    [Fact]
    public void A_word_interned_from_a_span_is_stored_once()
    {
        var trie = new TrieBuilder();
        var first = trie.Intern("idiot".AsSpan());
        var again = trie.Intern("xidiotx".AsSpan(1, 5));

        Assert.Equal(first, again);
        Assert.Equal(1, trie.WordCount);
        Assert.Equal("idiot", trie.WordOf(first));
        Assert.Equal(-1, trie.IdOf("moron"));
    }

    [Fact]
    public void Only_the_last_words_of_inflectable_terms_are_listed_for_stemming()
    {
        var trie = new TrieBuilder();
        AddPath(trie, 0, "dumb", "idiot", inflect: true);
        AddPath(trie, 1, "dumb", "loser");

        var flat = trie.Finish();

        Assert.Equal(["idiot"], flat.InflectableLastWords);
    }

    private static int Id(FlatTrie flat, string word) => flat.Vocabulary.ToList().IndexOf(word);

    private static void AddPath(TrieBuilder trie, int termId, params string[] words) => AddPath(trie, termId, words, inflect: false);

    private static void AddPath(TrieBuilder trie, int termId, string first, string last, bool inflect) => AddPath(trie, termId, [first, last], inflect);

    private static void AddPath(TrieBuilder trie, int termId, string[] words, bool inflect)
    {
        var path = words.Select(w => trie.Intern(w)).ToArray();
        var runs = words.Select(w => Enumerable.Repeat((byte)1, w.Length).ToArray()).ToArray();
        trie.AddPath(path, new PhraseMatcher.End(termId, 0, runs, ExactRuns: false, Inflect: inflect, Plain: true));
    }
}
