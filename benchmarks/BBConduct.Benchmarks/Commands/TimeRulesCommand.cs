using System.Diagnostics;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Matching;
using BBConduct.Rules.ML;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>time-rules [--rounds N] [--only NAME-PREFIX]</c>: the fastest of N rounds (µs per post) of the throughput benchmark's loops (2,000
/// mixed posts of 200 characters, every rule, no classifier; no rule; normalising only; normalising and matching) and of 32
/// clean 200-character posts. About ten seconds, for timing two builds against each other in turn on a shared machine.
/// </summary>
internal static class TimeRulesCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var rounds = options.GetInt("rounds", 20);
        using var screener = ConductScreener.CreateDefault();
        using var noRules = ConductScreener.CreateBuilder().WithoutDefaultRules().Build();
        using var engine = ConductScreener.CreateBuilder().AddRule(new ToxicityClassifierRule()).Build();
        var classifier = ToxicityClassifier.LoadDefault();
        var probabilities = new float[classifier.Heads.Count];
        var mixed = PostCorpus.Build(PostCorpus.Medium, 2000, PostKind.Mixed, seed: 1).Select(t => new Post(t)).ToArray();
        var clean = PostCorpus.Build(PostCorpus.Medium, 32, PostKind.Clean, seed: 3).Select(t => new Post(t)).ToArray();
        var matcher = new CompiledPolicy(ConductPolicy.Default, PeopleRegistry.Empty).Matcher;
        var text = new NormalizedText();
        var hits = new List<Hit>(256);
        var timings = new (string Name, Action<Post> Run, Post[] Posts)[]
        {
            ("mixed, every rule", p => screener.Screen(p), mixed),
            ("clean, every rule", p => screener.Screen(p), clean),
            ("mixed, with classifier", p => engine.Screen(p), mixed),
            ("classifier only", p => classifier.ScoreAll(p.Text, probabilities), mixed),
            ("mixed, no rules", p => noRules.Screen(p), mixed),
            ("normalise only", p => text.Load(p.Text), mixed),
            ("normalise and match", p => { text.Load(p.Text); matcher.Match(text, hits); hits.Clear(); }, mixed),
        };

        var only = options.Get("only");
        foreach (var (name, run, posts) in timings.Where(t => only is null || t.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            Console.WriteLine($"{name,-22} {Fastest(run, posts, rounds),8:F3} us/post");
        }

        return 0;
    }

    private static double Fastest(Action<Post> run, Post[] posts, int rounds)
    {
        // Clean posts are few: each round repeats them so a round lasts about as long as one over the mixed posts.
        var repeats = Math.Max(1, 2000 / posts.Length);
        // Two seconds of warm-up first, so tiered compilation has finished (as in scaling-interleaved).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 2)
        {
            foreach (var post in posts)
            {
                run(post);
            }
        }

        var best = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            for (var k = 0; k < repeats; k++)
            {
                foreach (var post in posts)
                {
                    run(post);
                }
            }

            best = Math.Min(best, watch.Elapsed.TotalMicroseconds / (posts.Length * repeats));
        }

        return best;
    }
}
