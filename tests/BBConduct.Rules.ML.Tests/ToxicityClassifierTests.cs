using System.Diagnostics;
using BBConduct.Rules.ML.Evaluation;
using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Tests;

public class ToxicityClassifierTests
{
    [Fact]
    public void Score_matches_ml_net_within_1e5_on_held_out_set()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        var seed = classifier.Metadata.Seed;
        var heldOut = EvaluationSets.Davidson(RepositoryPaths.SharedData)
            .Concat(Directory.GetFiles(Path.GetDirectoryName(RepositoryPaths.SchoolPosts)!, "*.jsonl").SelectMany(f => TrainingData.Read(f)))
            .Where(r => r.SplitFor(seed) == DataSplit.Test)
            .ToList();
        Assert.True(heldOut.Count > 2000, $"expected the whole held-out split, got {heldOut.Count} rows");

        using var reference = classifier.CreateMLNetScorer();
        var worst = 0.0;
        for (var head = 0; head < classifier.Heads.Count; head++)
        {
            foreach (var row in heldOut)
            {
                worst = Math.Max(worst, Math.Abs(classifier.Score(row.Text, head) - reference.Score(row.Text, head)));
            }
        }

        Assert.True(worst <= 1e-5, $"largest difference {worst:E2}");
    }

    [Fact]
    public void Shipped_model_scored_by_todays_featuriser_reproduces_the_test_auc_recorded_when_it_was_trained()
    {
        // The hashing and folding are part of the model: a change to the featuriser that moved any feature would score
        // the shipped weights against the wrong vectors, and both scoring paths (which share it) would still agree.
        var classifier = ToxicityClassifier.LoadDefault();
        var seed = classifier.Metadata.Seed;
        var trainingFiles = Directory.GetFiles(Path.GetDirectoryName(RepositoryPaths.SchoolPosts)!, "*.jsonl");
        var test = EvaluationSets.Davidson(RepositoryPaths.SharedData)
            .Concat(trainingFiles.SelectMany(f => TrainingData.Read(f)))
            .Where(r => r.SplitFor(seed) == DataSplit.Test)
            .ToList();
        for (var head = 0; head < classifier.Heads.Count; head++)
        {
            var recorded = classifier.Metadata.Metrics.Single(m => m.Head == classifier.Heads[head].Name);
            var labelled = test.Select(r => (r.Text, Label: classifier.Heads[head].Name == "hate" ? r.Hate : r.Toxic)).Where(r => r.Label is not null).ToList();
            var scores = labelled.Select(r => (double)classifier.Score(r.Text, head)).ToList();
            var labels = labelled.Select(r => r.Label == true).ToList();

            Assert.Equal(recorded.Positives, labels.Count(l => l));
            Assert.Equal(recorded.Negatives, labels.Count(l => !l));
            Assert.Equal(recorded.Auc, BinaryMetrics.Auc(scores, labels), 7);
        }
    }

    [Fact]
    public void LoadDefault_loads_once_and_quickly()
    {
        var clock = Stopwatch.StartNew();
        var first = ToxicityClassifier.LoadDefault();
        clock.Stop();
        Assert.Same(first, ToxicityClassifier.LoadDefault());
        Assert.Equal("toxic", first.Heads[0].Name);
        // The budget is 300 ms on a quiet machine; a shared CI box gets head-room, and other tests may have loaded it already.
        Assert.True(clock.ElapsedMilliseconds < 2000, $"load took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Scoring_allocates_nothing_once_warm()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        const string text = "You are such a pathetic loser, nobody at this school likes you. RT @someone &amp; http://t.co/x";
        Span<float> probabilities = stackalloc float[classifier.Heads.Count];
        // Both methods are warmed before measuring (the loop below calls both).
        classifier.ScoreAll(text, probabilities);
        classifier.Score(text);

        // The fewest bytes over three rounds of 1,000 posts: a scoring path that allocates does so in every round, while
        // the runtime's own one-off work on this thread (tiering a hot loop under load) shows in one round at most. The
        // single-round version failed once in a full-solution run on two busy cores and never when run alone.
        var fewest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                classifier.ScoreAll(text, probabilities);
                classifier.Score(text);
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
    }

    [Fact]
    public void ScoreBatch_gives_the_same_probabilities_as_Score_on_any_thread_count()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        var texts = TrainingData.Read(RepositoryPaths.SchoolPosts).Select(r => r.Text).ToList();
        var serial = new float[texts.Count];
        var parallel = new float[texts.Count];
        classifier.ScoreBatch(texts, serial);
        classifier.ScoreBatch(texts, parallel, degreeOfParallelism: 2);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(classifier.Score(texts[i]), serial[i]);
            Assert.Equal(serial[i], parallel[i]);
        }
    }

    [Fact]
    public void Explain_returns_a_span_of_whole_words_inside_the_text()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        const string text = "Jake, you are a stupid idiot.";
        var explanation = classifier.Explain(text);
        Assert.True(explanation.Length > 0);
        Assert.InRange(explanation.Start + explanation.Length, 1, text.Length);
        Assert.True(char.IsLetter(text[explanation.Start]) && char.IsLetter(text[explanation.Start + explanation.Length - 1]));
        Assert.Equal(classifier.Score(text), explanation.Probability);
    }

    [Fact]
    public void Save_then_Load_round_trips_the_model()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        using var buffer = new MemoryStream();
        classifier.Save(buffer);
        buffer.Position = 0;
        var copy = ToxicityClassifier.Load(buffer, "copy");
        Assert.Equal(classifier.Heads.Count, copy.Heads.Count);
        Assert.Equal(classifier.Score("you are a stupid idiot"), copy.Score("you are a stupid idiot"));
    }

    [Fact]
    public void Load_rejects_a_file_that_is_not_a_model()
    {
        Assert.ThrowsAny<Exception>(() => ToxicityClassifier.Load(new MemoryStream([1, 2, 3, 4]), "junk"));
    }
}
