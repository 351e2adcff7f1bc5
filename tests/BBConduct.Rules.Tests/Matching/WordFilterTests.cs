using BBConduct.Rules.Matching;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>The matcher's Bloom filter may only ever rule out words it does not hold.</summary>
public sealed class WordFilterTests
{
    [Fact]
    public void Every_held_word_may_be_contained_and_most_other_words_are_ruled_out()
    {
        var random = new Random(7);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next('a', 'z' + 1))]);
        var held = Enumerable.Range(0, 20_000).Select(_ => Word()).ToHashSet(StringComparer.Ordinal);
        var filter = new WordFilter(held);

        Assert.All(held, word => Assert.True(filter.MayContain(word)));
        var others = Enumerable.Range(0, 20_000).Select(_ => Word() + "q").Where(w => !held.Contains(w)).ToList();
        var passed = others.Count(w => filter.MayContain(w.AsSpan()));
        Assert.True(passed < others.Count / 10, $"{passed} of {others.Count} absent words passed the filter");
    }
}
