using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Rules.Tests.Screening;

/// <summary>One screener, many threads: results are identical to a sequential run.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void Screening_from_many_threads_gives_the_same_results_as_one_thread()
    {
        using var screener = ConductScreener.CreateDefault();
        var posts = TestData.JsonLines("labelled-posts.jsonl")
            .Select((e, i) => PostJson.TryParse(System.Text.Encoding.UTF8.GetBytes(e.GetRawText()), "suite", i.ToString(System.Globalization.CultureInfo.InvariantCulture), out var post, out _) ? post! : throw new InvalidOperationException())
            .ToArray();
        var sequential = posts.Select(p => ResultJson.Serialize(screener.Screen(p))).ToArray();

        var parallel = new string[posts.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ResultJson.Serialize(screener.Screen(posts[i % posts.Length])));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % posts.Length], parallel[i]);
        }
    }
}
