using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Tests;

public class ToxicityTrainerTests
{
    private static readonly TrainingOptions Small = new() { Features = new FeatureSettings { WordBits = 12, CharBits = 12 }, MaxIterations = 5 };

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_weights_and_metrics()
    {
        var rows = TrainingData.Read(RepositoryPaths.SchoolPosts);
        var first = ToxicityTrainer.Train(rows, [], Small);
        var second = ToxicityTrainer.Train(rows, [], Small);
        Assert.Equal(first.ModelFile, second.ModelFile);
        Assert.Equal(first.Metrics, second.Metrics);
        Assert.Equal(2, first.Classifier.Heads.Count);
        for (var h = 0; h < first.Classifier.Heads.Count; h++)
        {
            Assert.Equal(first.Classifier.Heads[h].CopyWeights(), second.Classifier.Heads[h].CopyWeights());
            Assert.Equal(first.Classifier.Heads[h].Bias, second.Classifier.Heads[h].Bias);
        }
    }

    [Fact]
    public void Hate_threshold_falls_back_to_every_validation_row_when_too_few_name_a_group()
    {
        // The school posts' validation split holds far fewer than 20 group-naming rows of each class.
        var rows = TrainingData.Read(RepositoryPaths.SchoolPosts);
        var features = PolicyLexicons.With(new FeatureSettings { WordBits = 12, CharBits = 12 });
        var byGroup = ToxicityTrainer.Train(rows, [], Small with { Features = features });
        var everyRow = ToxicityTrainer.Train(rows, [], Small with { Features = features, HateThresholdGroups = [] });

        Assert.Equal(everyRow.Classifier.Heads[1].Threshold, byGroup.Classifier.Heads[1].Threshold);
    }

    [Fact]
    public void Archives_saved_at_different_times_become_identical_bytes()
    {
        // ML.NET stamps its saved archives with the clock; the model file must not depend on when it was trained.
        static byte[] Archive(DateTimeOffset time)
        {
            using var buffer = new MemoryStream();
            using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                var entry = zip.CreateEntry("TrainingInfo/Version.txt");
                entry.LastWriteTime = time;
                using var output = new StreamWriter(entry.Open());
                output.Write("1.0.0.0");
            }

            return buffer.ToArray();
        }

        var morning = Archive(new DateTimeOffset(2026, 12, 2, 7, 53, 0, TimeSpan.Zero));
        var evening = Archive(new DateTimeOffset(2026, 12, 2, 19, 1, 0, TimeSpan.Zero));

        Assert.NotEqual(morning, evening);
        Assert.Equal(BBConduct.Rules.ML.Model.ModelFile.WithFixedTimes(morning), BBConduct.Rules.ML.Model.ModelFile.WithFixedTimes(evening));
    }

    [Fact]
    public void Shipped_model_was_trained_on_the_current_policy_word_lists()
    {
        // The lexicon channel is built from the embedded policy when training; a list edited since then means a rebuild
        // (dotnet run --project tools/BBConduct.Train -- train) no longer gives the shipped model.
        var shipped = ToxicityClassifier.LoadDefault().Features;
        var current = PolicyLexicons.With(shipped);

        Assert.Equal(current.Lexicons.Count, shipped.Lexicons.Count);
        for (var i = 0; i < current.Lexicons.Count; i++)
        {
            Assert.Equal(current.Lexicons[i].Name, shipped.Lexicons[i].Name);
            Assert.Equal(current.Lexicons[i].Terms, shipped.Lexicons[i].Terms);
            Assert.Equal(current.Lexicons[i].Inflect, shipped.Lexicons[i].Inflect);
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
