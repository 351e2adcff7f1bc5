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
}
