using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Benchmarks.Infrastructure;
using BBConduct.Rules.ML;
using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Model;

namespace BBConduct.Benchmarks.Classifier;

/// <summary>
/// The shipped toxicity model scored two ways over the same 200-character posts: ML.NET's <c>PredictionEngine</c>
/// (the stored ML.NET model behind a <c>CustomMapping</c> that runs the project's own featuriser, so both paths see
/// identical vectors and the difference is ML.NET's pipeline) against <see cref="ToxicityClassifier"/>'s fast path.
/// One operation scores one post for the toxic head; the <c>AllHeads</c> pair scores every head (the fast path
/// featurises once, ML.NET once per head's engine). <c>Featurize_only</c> is the sparse featurising ML.NET's path
/// runs before its pipeline (counting every n-gram in a table); the fast path does not run it since the shipped model
/// scales its blocks by their occurrences and is scored from per-word sums (<c>HashedFeaturizer.ScoreByWords</c>).
/// <c>Tokenize_only</c> is the tokenising both paths share.
/// Each operation takes the next 64 of 16,384 different posts (3.3 MB of text, wrapping round), so that what the
/// fast path keeps per thread (the character n-gram sums of words it has seen) meets a real vocabulary, not 64 posts
/// learnt by heart.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("classifier")]
[PostLength(PostCorpus.Medium)]
public class ClassifierBenchmarks
{
    private const int Posts = 64;
    private const int CorpusPosts = 16_384;
    private int _next;
    private ToxicityClassifier _classifier = null!;
    private MLNetToxicityScorer _reference = null!;
    private string[] _posts = [];
    private float[] _probabilities = [];

    // One setup per method, so each process warms only the method it measures (TieredWarmUp).
    [GlobalSetup(Target = nameof(MLNet_PredictionEngine))]
    public void SetupPredictionEngine() => SetupAndWarm(() => MLNet_PredictionEngine());

    [GlobalSetup(Target = nameof(FastPath_Score))]
    public void SetupFastPath() => SetupAndWarm(() => FastPath_Score());

    [GlobalSetup(Target = nameof(Featurize_only))]
    public void SetupFeaturize() => SetupAndWarm(() => Featurize_only());

    [GlobalSetup(Target = nameof(MLNet_PredictionEngine_AllHeads))]
    public void SetupPredictionEngineAllHeads() => SetupAndWarm(() => MLNet_PredictionEngine_AllHeads());

    [GlobalSetup(Target = nameof(FastPath_ScoreAll))]
    public void SetupFastPathAllHeads() => SetupAndWarm(() => FastPath_ScoreAll());

    private void SetupAndWarm(Action benchmark)
    {
        Setup();
        TieredWarmUp.Run(benchmark);
    }

    private void Setup()
    {
        _classifier = ToxicityClassifier.LoadDefault();
        _reference = _classifier.CreateMLNetScorer();
        _posts = PostCorpus.Build(PostCorpus.Medium, CorpusPosts, PostKind.Mixed, seed: 5);
        _probabilities = new float[_classifier.Heads.Count];
        foreach (var post in _posts.AsSpan(0, 1024))
        {
            // Both paths must agree before their speed means anything.
            if (Math.Abs(_classifier.Score(post) - _reference.Score(post)) > 1e-5)
            {
                throw new InvalidOperationException("The fast path and ML.NET disagree on a benchmark post.");
            }
        }
    }

    /// <summary>The next <see cref="Posts"/> posts of the corpus.</summary>
    private ReadOnlySpan<string> NextPosts()
    {
        var start = _next;
        _next = (_next + Posts) % CorpusPosts;
        return _posts.AsSpan(start, Posts);
    }

    [GlobalCleanup]
    public void Cleanup() => _reference.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public float MLNet_PredictionEngine()
    {
        var sum = 0f;
        foreach (var post in NextPosts())
        {
            sum += _reference.Score(post);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public float FastPath_Score()
    {
        var sum = 0f;
        foreach (var post in NextPosts())
        {
            sum += _classifier.Score(post);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Featurize_only()
    {
        var features = 0;
        var scratch = FeatureScratch.Current;
        foreach (var post in NextPosts())
        {
            _classifier.Featurizer.Count(post, scratch);
            features += scratch.Table.Count;
        }

        return features;
    }

    [GlobalSetup(Target = nameof(Tokenize_only))]
    public void SetupTokenize() => SetupAndWarm(() => Tokenize_only());

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Tokenize_only()
    {
        var words = 0;
        var scratch = FeatureScratch.Current;
        foreach (var post in NextPosts())
        {
            PostTokenizer.Tokenize(post, scratch);
            words += scratch.TokenCount;
        }

        return words;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public float MLNet_PredictionEngine_AllHeads()
    {
        var sum = 0f;
        foreach (var post in NextPosts())
        {
            for (var h = 0; h < _classifier.Heads.Count; h++)
            {
                sum += _reference.Score(post, h);
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public float FastPath_ScoreAll()
    {
        var sum = 0f;
        foreach (var post in NextPosts())
        {
            _classifier.ScoreAll(post, _probabilities);
            sum += _probabilities[0];
        }

        return sum;
    }
}
