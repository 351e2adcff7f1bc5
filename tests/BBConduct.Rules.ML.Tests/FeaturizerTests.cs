using BBConduct.Rules.ML.Featurization;

namespace BBConduct.Rules.ML.Tests;

public class FeaturizerTests
{
    [Fact]
    public void Tokenizer_drops_handles_urls_entities_and_retweet_marks_but_keeps_offsets()
    {
        var scratch = new FeatureScratch();
        const string text = "RT @bob: Sooooo GOOD &amp; fun http://t.co/abc";
        PostTokenizer.Tokenize(text, scratch);
        var words = scratch.Words.ToArray().Select(w => (new string(scratch.NormalOf(w)), text.Substring(w.Start, w.Length))).ToList();
        Assert.Equal([("soo", "Sooooo"), ("good", "GOOD"), ("fun", "fun")], words);
    }

    [Fact]
    public void Feature_vector_has_unit_length_and_sorted_unique_indices()
    {
        var featurizer = new HashedFeaturizer(new FeatureSettings());
        var scratch = new FeatureScratch();
        featurizer.Featurize("the the cat sat on the mat", scratch);
        var indices = scratch.FeatureIndices.ToArray();
        Assert.Equal(indices.Order().Distinct(), indices);
        var squared = scratch.FeatureValues.ToArray().Sum(v => (double)v * v);
        Assert.Equal(1.0, squared, 5);
    }

    [Fact]
    public void Empty_text_has_no_features()
    {
        var featurizer = new HashedFeaturizer(new FeatureSettings());
        var scratch = new FeatureScratch();
        featurizer.Featurize("  !!! ", scratch);
        Assert.Equal(0, scratch.FeatureCount);
    }

    [Fact]
    public void Tokenizer_folds_disguises_to_the_plain_word()
    {
        var scratch = new FeatureScratch();
        PostTokenizer.Tokenize("ＩＤＩＯＴ іdіot id\u200Biot sh*t", scratch);
        var words = scratch.Words.ToArray().Select(w => new string(scratch.NormalOf(w))).ToList();
        Assert.Equal(["idiot", "idiot", "idiot", "sh*t"], words);
    }

    [Fact]
    public void Counting_table_merges_duplicates_without_sorting_and_clears_between_posts()
    {
        var table = new FeatureTable();
        table.Prepare(5000);
        var squares = 0;
        foreach (var index in new[] { 7, 3, 7, 7, 900_000, 3 })
        {
            squares += table.Add(index);
        }

        Assert.Equal(3, table.Count);
        Assert.Equal(3, table.CountOf(7));
        Assert.Equal(2, table.CountOf(3));
        Assert.Equal((3 * 3) + (2 * 2) + 1, squares);
        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.Equal(0, table.CountOf(7));
    }

    [Fact]
    public void Counting_table_sized_for_a_short_post_after_a_long_one_still_counts_every_feature()
    {
        var table = new FeatureTable();
        table.Prepare(20_000);
        for (var i = 0; i < 20_000; i++)
        {
            table.Add(i * 7919);
        }

        table.Prepare(10);
        var indices = Enumerable.Range(0, 10).Select(i => i * 64).ToArray(); // many share a slot in a small range
        foreach (var index in indices.Concat(indices.Take(4)))
        {
            table.Add(index);
        }

        Assert.Equal(10, table.Count);
        Assert.All(indices.Take(4), index => Assert.Equal(2, table.CountOf(index)));
        Assert.All(indices.Skip(4), index => Assert.Equal(1, table.CountOf(index)));
        Assert.Equal(0, table.CountOf(7919));
    }

    [Fact]
    public void Lexicon_channel_counts_policy_list_hits_and_pairs()
    {
        var settings = PolicyLexicons.With(new FeatureSettings { WordBits = 10, CharBits = 10 });
        var featurizer = new HashedFeaturizer(settings);
        var scratch = new FeatureScratch();
        featurizer.Count("you are an idiot", scratch);
        var insult = settings.Lexicons.ToList().FindIndex(l => l.Name == "insult");
        var pair = settings.Lexicons.Count + settings.LexiconPairs.ToList().FindIndex(p => p is { First: "you", Second: "insult" });
        Assert.True(scratch.Lexicon[insult] > 0);
        Assert.True(scratch.Lexicon[pair] > 0);
        featurizer.Count("what a lovely morning", scratch);
        Assert.Equal(0f, scratch.Lexicon[insult]);
    }

    [Fact]
    public void Blinding_identity_terms_makes_posts_that_differ_only_in_the_group_featurise_alike()
    {
        var settings = PolicyLexicons.With(new FeatureSettings { WordBits = 12, CharBits = 12 });
        static float[] Vector(HashedFeaturizer featurizer, string text)
        {
            var scratch = new FeatureScratch();
            featurizer.Featurize(text, scratch);
            var dense = new float[featurizer.Dimension];
            for (var i = 0; i < scratch.FeatureCount; i++)
            {
                dense[scratch.Indices[i]] = scratch.Values[i];
            }

            return dense;
        }

        var plain = new HashedFeaturizer(settings);
        var blind = new HashedFeaturizer(settings with { BlindGroup = "identity" });

        Assert.NotEqual(Vector(plain, "our muslim neighbours run the bakery"), Vector(plain, "our gay neighbours run the bakery"));
        Assert.Equal(Vector(blind, "our muslim neighbours run the bakery"), Vector(blind, "our gay neighbours run the bakery"));
        Assert.NotEqual(Vector(blind, "our lovely neighbours run the bakery"), Vector(blind, "our gay neighbours run the bakery"));
    }

    [Fact]
    public void Blinding_a_group_that_is_not_in_the_lexicons_is_refused()
    {
        var settings = PolicyLexicons.With(new FeatureSettings()) with { BlindGroup = "no-such-group" };

        Assert.Throws<ArgumentOutOfRangeException>(() => new HashedFeaturizer(settings));
    }

    [Theory]
    [InlineData("you are an idiot and your mates are idiots too")]
    [InlineData("Those people are vermin, honestly, I hate them; they should not be here.")]
    [InlineData("What a lovely morning for the Year 7 trip to the museum!")]
    [InlineData("")]
    public void Word_contributions_sum_to_the_linear_score(string text)
    {
        var settings = PolicyLexicons.With(new FeatureSettings { WordBits = 12, CharBits = 12 });
        var featurizer = new HashedFeaturizer(settings);
        var random = new Random(11);
        var weights = Enumerable.Range(0, featurizer.Dimension).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var scratch = new FeatureScratch();
        featurizer.Count(text, scratch);
        var perWord = new float[scratch.Words.Length];

        featurizer.Contributions(scratch, weights, 1, 0, perWord);
        var interleaved = weights.SelectMany(w => new[] { -w, w }).ToArray();
        var perWordInterleaved = new float[perWord.Length];
        featurizer.Contributions(scratch, interleaved, 2, 1, perWordInterleaved);

        var score = new double[1];
        featurizer.DotAll(weights, scratch, score);
        Assert.Equal(score[0], perWord.Sum(), 3);
        Assert.Equal(perWord, perWordInterleaved);
    }
}
