using BBConduct.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Screening;

/// <summary>
/// Time and allocations of one <see cref="ConductScreener.Screen(Post)"/> call with the embedded policy (every
/// rule, no classifier), for a tweet (140 characters), a typical post (200) and a blog article (5,000), clean and
/// dirty. Each operation screens one post; the posts cycle through 32 different ones so no single text is favoured.
/// <see cref="ScreenIntoList"/> times the overload that fills a reused list instead of returning a result object.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("latency")]
public class ScreenLatencyBenchmarks
{
    private const int Posts = 32;
    private ConductScreener _screener = null!;
    private Post[] _posts = [];
    private readonly List<Finding> _findings = [];

    [Params(PostCorpus.Tweet, PostCorpus.Medium, PostCorpus.Blog)]
    public int Length { get; set; }

    [Params(PostKind.Clean, PostKind.Dirty)]
    public PostKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _screener = ConductScreener.CreateDefault();
        _posts = [.. PostCorpus.Build(Length, Posts, Kind, seed: 3).Select(t => new Post(t))];
        TieredWarmUp.Run(() => Screen(), () => ScreenIntoList());
    }

    [GlobalCleanup]
    public void Cleanup() => _screener.Dispose();

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Screen()
    {
        var findings = 0;
        foreach (var post in _posts)
        {
            findings += _screener.Screen(post).Findings.Count;
        }

        return findings;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int ScreenIntoList()
    {
        var findings = 0;
        foreach (var post in _posts)
        {
            _screener.Screen(post, _findings, out _);
            findings += _findings.Count;
            _findings.Clear();
        }

        return findings;
    }
}
