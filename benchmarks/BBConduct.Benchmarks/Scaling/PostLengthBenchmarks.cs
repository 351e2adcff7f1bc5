using BBConduct.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Scaling;

/// <summary>
/// Screening (embedded policy, every rule) as posts grow from a one-liner to a long article: throughput in MB/s
/// should stay roughly flat if the engine is linear in the text. 64 mixed posts of each length; one operation is one post.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("scaling", "length")]
public class PostLengthBenchmarks
{
    private const int Posts = 64;
    private ConductScreener _screener = null!;
    private Post[] _posts = [];

    [Params(50, 200, 1_000, 5_000, 20_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _screener = ConductScreener.CreateDefault();
        _posts = [.. PostCorpus.Build(Length, Posts, PostKind.Mixed, seed: 4).Select(t => new Post(t))];
        TieredWarmUp.Run(() => Screen());
    }

    [GlobalCleanup]
    public void Cleanup() => _screener.Dispose();

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Screen()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _screener.Screen(post).Findings.Count;
        }

        return found;
    }
}
