using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Benchmarks.Infrastructure;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Scaling;

/// <summary>
/// Screening with a people registry of 10, 1,000 or 10,000 people (every name, alias and title form becomes a
/// term of the one matcher), over 256 posts of 200 characters of which every fifth names someone in the registry.
/// </summary>
[MemoryDiagnoser]
[PostLength(PostCorpus.Medium)]
[BenchmarkCategory("scaling", "people")]
public class PeopleScalingBenchmarks
{
    private const int Posts = 256;
    private ConductScreener _screener = null!;
    private Post[] _posts = [];

    [Params(10, 1_000, 10_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _screener = ConductScreener.CreateBuilder().WithPeople(Corpus.People.Registry(People)).Build();
        _posts = [.. Corpus.People.Posts(People, PostCorpus.Medium, Posts).Select(t => new Post(t))];
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
