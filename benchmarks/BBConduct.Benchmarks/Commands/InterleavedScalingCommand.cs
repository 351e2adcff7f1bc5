using System.Diagnostics;
using System.Text.Json;
using BBConduct.Benchmarks.Baselines;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>scaling-interleaved [--rounds N]</c>: the lexicon-size ratio (10,000 vs 100 terms) measured so that load drift
/// cannot fake it. BenchmarkDotNet runs one case after another, minutes apart; on a shared machine the load changes
/// in between. Here every size is timed in turn within each round, and the fastest round per size is kept.
/// Writes <c>results/scaling-interleaved.json</c> for the report.
/// </summary>
internal static class InterleavedScalingCommand
{
    public static readonly int[] Sizes = [100, 1_000, 10_000];

    public static string ResultPath => Path.Combine(DataFiles.ArtifactsRoot, "results", "scaling-interleaved.json");

    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var rounds = options.GetInt("rounds", 20);
        var posts = PostCorpus.Build(PostCorpus.Medium, 128, PostKind.Mixed, seed: 2);
        var subjects = new List<(string Method, int Terms, Func<string, int> Count)>();
        var screeners = new List<ConductScreener>();
        foreach (var size in Sizes)
        {
            var terms = Lexicons.Terms(size);
            subjects.Add(("PhraseMatcher", size, new PhraseMatcherRunner(terms).Count));
            using var policy = new MemoryStream(Lexicons.PolicyJson(terms));
            var screener = ConductScreener.CreateBuilder().WithPolicy(ConductPolicy.Load(policy, "benchmark-policy.json")).Build();
            screeners.Add(screener);
            subjects.Add(("Screener_all_rules", size, text => screener.Screen(text).Findings.Count));
        }

        // Warm every subject up for two seconds first: tiered compilation (and its instrumented tier) takes thousands of
        // calls and a background compile to reach the code BenchmarkDotNet measures; a few warm-up passes timed
        // unoptimised code, ten times slower, and its ratio said more about the JIT than about the lexicon size.
        foreach (var subject in subjects)
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(2))
            {
                foreach (var post in posts)
                {
                    GC.KeepAlive(subject.Count(post));
                }
            }
        }

        const int Passes = 8;
        var best = subjects.Select(_ => double.MaxValue).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < subjects.Count; s++)
            {
                var watch = Stopwatch.StartNew();
                var sink = 0;
                for (var pass = 0; pass < Passes; pass++)
                {
                    foreach (var post in posts)
                    {
                        sink += subjects[s].Count(post);
                    }
                }

                var nsPerPost = watch.Elapsed.TotalNanoseconds / (Passes * posts.Length);
                GC.KeepAlive(sink);
                best[s] = Math.Min(best[s], nsPerPost);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(ResultPath)!);
        using (var stream = File.Create(ResultPath))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("rounds", rounds);
            json.WriteNumber("posts", posts.Length);
            json.WriteStartArray("results");
            for (var s = 0; s < subjects.Count; s++)
            {
                json.WriteStartObject();
                json.WriteString("method", subjects[s].Method);
                json.WriteNumber("terms", subjects[s].Terms);
                json.WriteNumber("bestNsPerPost", best[s]);
                json.WriteEndObject();
                Console.WriteLine($"{subjects[s].Method,-20} {subjects[s].Terms,6} terms: best {best[s] / 1000:F2} us/post ({PostCorpus.Medium * 1e3 / best[s]:F1} MB/s)");
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        foreach (var screener in screeners)
        {
            screener.Dispose();
        }

        return 0;
    }
}
