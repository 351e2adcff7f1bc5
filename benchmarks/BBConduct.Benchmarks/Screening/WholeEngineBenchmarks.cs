using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Baselines;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Benchmarks.Infrastructure;
using BBConduct.Rules.ML;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Screening;

/// <summary>
/// The whole engine (every rule of the embedded policy plus the toxicity classifier) against the strongest simple
/// baseline in the same run, one core, the same 200-character posts: <see cref="FeaturizeTextBaseline"/> (the policy's
/// terms in <c>SearchValues</c> with a whole-word check, plus ML.NET's default <c>FeaturizeText</c> +
/// <c>SdcaLogisticRegression</c> through a <c>PredictionEngine</c>). The baseline does far less (one lexicon, one
/// score); the bar is that the engine is still at least twice as fast per core. One operation is one post.
/// </summary>
[MemoryDiagnoser]
[PostLength(PostCorpus.Medium)]
[BenchmarkCategory("engine")]
public class WholeEngineBenchmarks
{
    private const int Posts = 256;
    private ConductScreener _engine = null!;
    private ConductScreener _rulesOnly = null!;
    private FeaturizeTextBaseline _baseline = null!;
    private Post[] _posts = [];

    // One setup per method, so each process warms only the method it measures (TieredWarmUp).
    [GlobalSetup(Target = nameof(SearchValues_and_FeaturizeText_PredictionEngine))]
    public void SetupBaseline() => SetupAndWarm(() => SearchValues_and_FeaturizeText_PredictionEngine());

    [GlobalSetup(Target = nameof(Engine_rules_and_classifier))]
    public void SetupEngine() => SetupAndWarm(() => Engine_rules_and_classifier());

    [GlobalSetup(Target = nameof(Engine_rules_only))]
    public void SetupRulesOnly() => SetupAndWarm(() => Engine_rules_only());

    private void SetupAndWarm(Action benchmark)
    {
        Setup();
        TieredWarmUp.Run(benchmark);
    }

    private void Setup()
    {
        _posts = [.. PostCorpus.Build(PostCorpus.Medium, Posts, PostKind.Mixed, seed: 7).Select(t => new Post(t))];
        _engine = ConductScreener.CreateBuilder().AddRule(new ToxicityClassifierRule()).Build();
        _rulesOnly = ConductScreener.CreateDefault();
        var terms = ConductPolicy.Default.Lexicons.Values
            .SelectMany(l => l.Terms)
            .Select(t => t.TrimStart('='))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        _baseline = new FeaturizeTextBaseline(terms);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _rulesOnly.Dispose();
        _baseline.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public float SearchValues_and_FeaturizeText_PredictionEngine()
    {
        var sum = 0f;
        foreach (var post in _posts)
        {
            sum += _baseline.Screen(post.Text);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Engine_rules_and_classifier()
    {
        var findings = 0;
        foreach (var post in _posts)
        {
            findings += _engine.Screen(post).Findings.Count;
        }

        return findings;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Engine_rules_only()
    {
        var findings = 0;
        foreach (var post in _posts)
        {
            findings += _rulesOnly.Screen(post).Findings.Count;
        }

        return findings;
    }
}
