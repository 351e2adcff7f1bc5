using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Benchmarks.Infrastructure;
using BBConduct.Rules.Matching;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Benchmarks.Screening;

/// <summary>
/// Throughput over 2,000 posts of 200 characters built from the shared data sets (Davidson, OLID, Wikipedia
/// comments), with the embedded policy's every rule and no classifier; and the stages on their own, to show
/// where the time goes. One operation is one post.
/// </summary>
[MemoryDiagnoser]
[PostLength(PostCorpus.Medium)]
[BenchmarkCategory("throughput")]
public class ThroughputBenchmarks
{
    private const int Posts = 2000;
    private ConductScreener _screener = null!;
    private Post[] _posts = [];
    private PhraseMatcher _matcher = null!;
    private readonly NormalizedText _text = new();
    private readonly List<Hit> _hits = new(256);

    // One setup per method, so each process warms only the method it measures (TieredWarmUp).
    [GlobalSetup(Target = nameof(Screen_rules_one_core))]
    public void SetupOneCore() => SetupAndWarm(() => Screen_rules_one_core());

    [GlobalSetup(Target = nameof(Normalize_only))]
    public void SetupNormalize() => SetupAndWarm(() => Normalize_only());

    [GlobalSetup(Target = nameof(Normalize_and_match))]
    public void SetupMatch() => SetupAndWarm(() => Normalize_and_match());

    [GlobalSetup(Target = nameof(Screen_rules_all_cores))]
    public void SetupAllCores() => SetupAndWarm(() => Screen_rules_all_cores());

    private void SetupAndWarm(Action benchmark)
    {
        Setup();
        TieredWarmUp.Run(benchmark);
    }

    private void Setup()
    {
        _screener = ConductScreener.CreateDefault();
        _posts = [.. PostCorpus.Build(PostCorpus.Medium, Posts, PostKind.Mixed, seed: 1).Select(t => new Post(t))];
        _matcher = new CompiledPolicy(ConductPolicy.Default, PeopleRegistry.Empty).Matcher;
    }

    [GlobalCleanup]
    public void Cleanup() => _screener.Dispose();

    /// <summary>The whole engine on one thread: the figure the 100 MB/s bar is about.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public int Screen_rules_one_core()
    {
        var findings = 0;
        foreach (var post in _posts)
        {
            findings += _screener.Screen(post).Findings.Count;
        }

        return findings;
    }

    /// <summary>Folding, squeezing and tokenising only.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Normalize_only()
    {
        var tokens = 0;
        foreach (var post in _posts)
        {
            _text.Load(post.Text);
            tokens += _text.TokenCount;
        }

        return tokens;
    }

    /// <summary>Normalising plus the one matching pass over every lexicon of the policy; no rules.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Normalize_and_match()
    {
        var hits = 0;
        foreach (var post in _posts)
        {
            _text.Load(post.Text);
            _matcher.Match(_text, _hits);
            hits += _hits.Count;
            _hits.Clear();
        }

        return hits;
    }

    /// <summary>The screener shared by every core through <see cref="Parallel.For(int, int, Action{int})"/>; MB/s here is the total, not per core.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Screen_rules_all_cores()
    {
        var findings = 0;
        Parallel.For(0, _posts.Length, () => 0, (i, _, sum) => sum + _screener.Screen(_posts[i]).Findings.Count, sum => Interlocked.Add(ref findings, sum));
        return findings;
    }
}
