using BBConduct.Rules.ML.Evaluation;
using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Tests;

/// <summary>
/// The fast path of a model whose n-gram blocks are scaled by their occurrences (the shipped one) scores post by post
/// from each word's cached character n-gram sums (<see cref="HashedFeaturizer.ScoreByWords"/>) instead of counting
/// features in a table; these tests hold it to the counted features and to itself.
/// </summary>
public class ScoringByWordsTests
{
    private static readonly TrainingOptions Small = new()
    {
        Features = PolicyLexicons.With(new FeatureSettings { WordBits = 12, CharBits = 12, Normalization = BlockNormalization.Occurrences }) with { BlindGroup = "identity" },
        MaxIterations = 5,
    };

    [Fact]
    public void Shipped_model_scores_by_words()
    {
        Assert.Equal(BlockNormalization.Occurrences, ToxicityClassifier.LoadDefault().Features.Normalization);
    }

    [Fact]
    public void Scoring_by_words_gives_the_linear_scores_of_the_counted_features()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        var featurizer = classifier.Featurizer;
        var weights = new InterleavedWeights([.. classifier.Heads.Select(h => h.CopyWeights())], featurizer.Dimension);
        var scratch = new FeatureScratch();
        Span<double> byWords = stackalloc double[classifier.Heads.Count];
        Span<double> counted = stackalloc double[classifier.Heads.Count];
        var texts = EvaluationSets.Davidson(RepositoryPaths.SharedData).Take(3000).Select(r => r.Text)
            .Concat(TrainingData.Read(RepositoryPaths.SchoolPosts).Select(r => r.Text))
            .Append(string.Empty)
            .Append(string.Concat(Enumerable.Repeat("gay gay muslim women ", 40)));
        var worst = 0.0;
        foreach (var text in texts)
        {
            featurizer.ScoreByWords(text, scratch, weights, byWords);
            featurizer.Count(text, scratch);
            featurizer.DotAll(weights.Values, scratch, counted);
            for (var h = 0; h < counted.Length; h++)
            {
                worst = Math.Max(worst, Math.Abs(byWords[h] - counted[h]) / (1 + SumOfMagnitudes(featurizer, weights, scratch, h)));
            }
        }

        // The same terms added in another order, in float: the difference is rounding, bounded by a few float epsilons
        // (6e-8) per term times the size of the terms; a wrong or missing feature is far larger.
        Assert.True(worst < 1e-5, $"largest difference, relative to the sum of the terms' magnitudes: {worst:E2}");
    }

    [Fact]
    public void A_model_with_more_heads_than_a_cache_line_holds_scores_by_words_as_counting_does()
    {
        // The word cache keeps the sums of at most two heads in a word's line and those of more in an array beside
        // it: three heads here (the shipped two and a third made of their difference), every post scored twice so the
        // second pass reads the sums the first stored.
        var classifier = ToxicityClassifier.LoadDefault();
        var featurizer = classifier.Featurizer;
        var toxic = classifier.Heads[0].CopyWeights();
        var hate = classifier.Heads[1].CopyWeights();
        var third = toxic.Select((w, i) => w - (0.5f * hate[i])).ToArray();
        var weights = new InterleavedWeights([toxic, hate, third], featurizer.Dimension);
        var scratch = new FeatureScratch();
        Span<double> byWords = stackalloc double[3];
        Span<double> counted = stackalloc double[3];
        var texts = EvaluationSets.Davidson(RepositoryPaths.SharedData).Take(1500).Select(r => r.Text).ToList();
        var worst = 0.0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var text in texts)
            {
                featurizer.ScoreByWords(text, scratch, weights, byWords);
                featurizer.Count(text, scratch);
                featurizer.DotAll(weights.Values, scratch, counted);
                for (var h = 0; h < 3; h++)
                {
                    worst = Math.Max(worst, Math.Abs(byWords[h] - counted[h]) / (1 + SumOfMagnitudes(featurizer, weights, scratch, h)));
                }
            }
        }

        Assert.True(worst < 1e-5, $"largest difference, relative to the sum of the terms' magnitudes: {worst:E2}");
    }

    [Fact]
    public void Explaining_a_post_scored_by_words_gives_each_word_the_contribution_walking_its_features_gives()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        var featurizer = classifier.Featurizer;
        var weights = new InterleavedWeights([.. classifier.Heads.Select(h => h.CopyWeights())], featurizer.Dimension);
        var scratch = new FeatureScratch();
        Span<double> scores = stackalloc double[classifier.Heads.Count];
        var worst = 0.0;
        var words = 0;
        foreach (var text in EvaluationSets.Davidson(RepositoryPaths.SharedData).Take(2000).Select(r => r.Text))
        {
            for (var head = 0; head < classifier.Heads.Count; head++)
            {
                featurizer.ScoreByWords(text, scratch, weights, scores);
                var fromSums = new float[scratch.TokenCount];
                featurizer.Contributions(scratch, weights.Values, weights.Heads, head, fromSums);
                featurizer.Count(text, scratch);
                var walked = new float[scratch.TokenCount];
                featurizer.Contributions(scratch, weights.Values, weights.Heads, head, walked);
                for (var t = 0; t < walked.Length; t++)
                {
                    worst = Math.Max(worst, Math.Abs(fromSums[t] - walked[t]) / (1 + Math.Abs(walked[t])));
                }

                words += walked.Length;
            }
        }

        Assert.True(words > 10_000);
        Assert.True(worst < 1e-5, $"largest relative difference {worst:E2}");
    }

    [Fact]
    public void A_post_scores_the_same_to_the_bit_whatever_the_thread_scored_before()
    {
        var classifier = ToxicityClassifier.LoadDefault();
        var texts = EvaluationSets.Davidson(RepositoryPaths.SharedData).Take(6000).Select(r => r.Text).ToList();
        var probes = texts.Take(200).ToList();

        // A fresh thread scores the probes knowing no words; another scores them after thousands of other posts, so its
        // cache holds (and has thrown out) many words, some of them the probes' own.
        float[] Cold() => [.. probes.Select(p => classifier.Score(p, 1))];
        float[] Warm()
        {
            foreach (var text in texts.Skip(200))
            {
                classifier.Score(text);
            }

            return [.. probes.Select(p => classifier.Score(p, 1))];
        }

        Assert.Equal(OnNewThread(Cold), OnNewThread(Warm));
    }

    [Fact]
    public void A_thread_scoring_with_two_models_keeps_their_words_apart()
    {
        var rows = TrainingData.Read(RepositoryPaths.SchoolPosts);
        var first = ToxicityTrainer.Train(rows, [], Small).Classifier;
        var second = ToxicityTrainer.Train(rows, [], Small with { L2Regularization = 1e-2f }).Classifier;
        var texts = rows.Select(r => r.Text).ToList();

        // Each model alone on its own thread, then both taking turns post by post on one thread.
        var firstAlone = OnNewThread(() => texts.Select(t => first.Score(t)).ToArray());
        var secondAlone = OnNewThread(() => texts.Select(t => second.Score(t)).ToArray());
        var turns = OnNewThread(() => texts.SelectMany(t => new[] { first.Score(t), second.Score(t) }).ToArray());

        Assert.NotEqual(firstAlone, secondAlone);
        Assert.Equal(firstAlone, turns.Where((_, i) => i % 2 == 0));
        Assert.Equal(secondAlone, turns.Where((_, i) => i % 2 == 1));
    }

    /// <summary>The sum of |weight × value| over the features last counted into <paramref name="scratch"/>, for one head.</summary>
    private static double SumOfMagnitudes(HashedFeaturizer featurizer, InterleavedWeights weights, FeatureScratch scratch, int head)
    {
        var sum = 0.0;
        for (var i = 0; i < scratch.Table.Count; i++)
        {
            var index = scratch.Table.IndexAt(i);
            var scale = index < featurizer.CharOffset ? scratch.WordScale : scratch.CharScale;
            sum += Math.Abs(weights.Values[(index * weights.Heads) + head] * scratch.Table.CountAt(i) * scale);
        }

        for (var g = 0; g < featurizer.Settings.LexiconFeatures; g++)
        {
            sum += Math.Abs(weights.Values[((featurizer.LexiconOffset + g) * weights.Heads) + head] * scratch.Lexicon[g]);
        }

        return sum;
    }

    private static T OnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }
}
