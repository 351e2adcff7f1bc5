using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Tests;

public class ToxicityTrainerTests
{
    private static readonly TrainingOptions Small = new() { Features = new FeatureSettings { WordBits = 12, CharBits = 12 }, MaxIterations = 5 };

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_weights_and_metrics()
    {
        // The ML.NET entry embeds save times, so the comparison is on what the model computes, not the bytes.
        var rows = TrainingData.Read(RepositoryPaths.SchoolPosts);
        var first = ToxicityTrainer.Train(rows, [], Small);
        var second = ToxicityTrainer.Train(rows, [], Small);
        Assert.Equal(first.Metrics, second.Metrics);
        Assert.Equal(2, first.Classifier.Heads.Count);
        for (var h = 0; h < first.Classifier.Heads.Count; h++)
        {
            Assert.Equal(first.Classifier.Heads[h].Weights, second.Classifier.Heads[h].Weights);
            Assert.Equal(first.Classifier.Heads[h].Bias, second.Classifier.Heads[h].Bias);
        }
    }

    [Fact]
    public void Split_is_stable_and_roughly_80_10_10()
    {
        var parts = Enumerable.Range(1, 10_000).Select(i => DataSplits.Of("davidson", i, 42)).ToList();
        Assert.Equal(parts, Enumerable.Range(1, 10_000).Select(i => DataSplits.Of("davidson", i, 42)));
        Assert.InRange(parts.Count(p => p == DataSplit.Train), 7700, 8300);
        Assert.InRange(parts.Count(p => p == DataSplit.Test), 850, 1150);
    }

    [Fact]
    public void Shipped_model_records_its_training_sources_and_metrics()
    {
        var meta = ToxicityClassifier.LoadDefault().Metadata;
        Assert.Contains(meta.Sources, s => s.Name == "davidson" && s.Rows == 24_783);
        Assert.Contains(meta.Sources, s => s.Name == "school-posts");
        Assert.DoesNotContain(meta.Sources, s => s.Name.Contains("ethos", StringComparison.OrdinalIgnoreCase) || s.Name.Contains("olid", StringComparison.OrdinalIgnoreCase));
        Assert.True(meta.Metrics[0].Auc >= 0.97, $"in-domain AUC {meta.Metrics[0].Auc}");
    }
}
