using System.Diagnostics;
using System.Runtime.Loader;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>compare-builds --base DIR [--new DIR] [--rounds N]</c>: times two builds of <c>BBConduct.Rules.dll</c> (each
/// folder holds one, e.g. a copy of this project's bin folder made at another commit) in one process, each in its own
/// load context. The posts are cut into slices of 100; every round times each slice with one build and then the other,
/// and a build's figure is the sum over slices of its fastest time for each. On a shared machine the load changes
/// within seconds; slices of a millisecond, alternated, see the same load, and the fastest of many is the unloaded one.
/// When both folders also hold <c>BBConduct.Rules.ML.dll</c>, the classifier rule is timed too: alone, and with every rule;
/// and the classifier's own fast path (its probability for a post, without the rule around it).
/// </summary>
internal static class CompareBuildsCommand
{
    private const int SliceLength = 100;

    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        if (options.Get("base") is not { } baseDir)
        {
            Console.Error.WriteLine("compare-builds needs --base DIR (a folder holding the BBConduct.Rules.dll to compare with).");
            return 2;
        }

        var rounds = options.GetInt("rounds", 40);
        var builds = new[] { Load(baseDir), Load(options.Get("new") ?? AppContext.BaseDirectory) };
        var mixed = PostCorpus.Build(PostCorpus.Medium, 2000, PostKind.Mixed, seed: 1);
        var clean = PostCorpus.Build(PostCorpus.Medium, 32, PostKind.Clean, seed: 3);
        var dirtyBlogs = PostCorpus.Build(PostCorpus.Blog, 32, PostKind.Dirty, seed: 5);
        var workloads = new List<(string Name, Func<Build, Func<string, object>> Screen, string[] Posts)>
        {
            ("mixed 200-char, every rule", b => b.EveryRule, mixed),
            ("clean 200-char, every rule", b => b.EveryRule, clean),
            ("dirty 5,000-char, every rule", b => b.EveryRule, dirtyBlogs),
            ("mixed 200-char, no rule", b => b.NoRule, mixed),
        };
        if (builds.All(b => b.Classifier is not null))
        {
            workloads.Add(("mixed 200-char, classifier", b => b.Classifier!, mixed));
            workloads.Add(("mixed 200-char, rules + model", b => b.EveryRuleAndClassifier!, mixed));
            workloads.Add(("mixed 200-char, model's score", b => b.ScoreOnly!, mixed));
        }

        Console.WriteLine($"{"us/post, fastest of " + rounds + " rounds",-30} {"base",8} {"new",8} {"new/base",9}");
        foreach (var (name, pick, posts) in workloads)
        {
            var screens = builds.Select(pick).ToArray();
            foreach (var screen in screens)
            {
                WarmUp(screen, posts);
            }

            var slices = posts.Chunk(SliceLength).ToArray();
            var best = new double[screens.Length, slices.Length];
            for (var b = 0; b < screens.Length; b++)
            {
                for (var s = 0; s < slices.Length; s++)
                {
                    best[b, s] = double.MaxValue;
                }
            }

            for (var r = 0; r < rounds; r++)
            {
                for (var s = 0; s < slices.Length; s++)
                {
                    // The build that goes second finds the slice's text in cache: the order alternates.
                    for (var k = 0; k < screens.Length; k++)
                    {
                        var b = (k + r + s) % screens.Length;
                        best[b, s] = Math.Min(best[b, s], Time(screens[b], slices[s]));
                    }
                }
            }

            var total = Enumerable.Range(0, screens.Length).Select(b => Enumerable.Range(0, slices.Length).Sum(s => best[b, s]) / slices.Length).ToArray();
            Console.WriteLine($"{name,-30} {total[0],8:F3} {total[1],8:F3} {total[1] / total[0],9:F3}");
        }

        return 0;
    }

    private static void WarmUp(Func<string, object> screen, string[] posts)
    {
        // Two seconds, so tiered compilation has finished (as in scaling-interleaved).
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 2)
        {
            Time(screen, posts);
        }
    }

    /// <summary>Microseconds per post over <paramref name="posts"/>, repeated up to <see cref="SliceLength"/> posts.</summary>
    private static double Time(Func<string, object> screen, string[] posts)
    {
        var repeats = Math.Max(1, SliceLength / posts.Length);
        var watch = Stopwatch.StartNew();
        for (var k = 0; k < repeats; k++)
        {
            foreach (var post in posts)
            {
                screen(post);
            }
        }

        return watch.Elapsed.TotalMicroseconds / (posts.Length * repeats);
    }

    /// <summary>
    /// Loads the build in <paramref name="folder"/> into a context of its own and makes its screeners: every rule, no
    /// rule, and, when the folder holds the classifier's assembly, the classifier rule alone and with every rule.
    /// </summary>
    private static Build Load(string folder)
    {
        var path = Path.GetFullPath(folder);
        var context = new AssemblyLoadContext(path);
        // Loaded first, so the classifier's assembly binds to this build's rules, not to the benchmark's own copy.
        var rules = context.LoadFromAssemblyPath(Path.Combine(path, "BBConduct.Rules.dll"));
        var screenerType = rules.GetType("BBConduct.Rules.Screening.ConductScreener", throwOnError: true)!;
        var screen = screenerType.GetMethod("Screen", [typeof(string)])!;
        Func<string, object> Make(bool defaultRules, object? extraRule)
        {
            var builder = screenerType.GetMethod("CreateBuilder")!.Invoke(null, null)!;
            if (!defaultRules)
            {
                builder = builder.GetType().GetMethod("WithoutDefaultRules")!.Invoke(builder, null)!;
            }

            if (extraRule is not null)
            {
                builder = builder.GetType().GetMethod("AddRule")!.Invoke(builder, [extraRule])!;
            }

            return screen.CreateDelegate<Func<string, object>>(builder.GetType().GetMethod("Build")!.Invoke(builder, null)!);
        }

        var ml = Path.Combine(path, "BBConduct.Rules.ML.dll");
        object? classifierRule = null;
        Func<string, object>? scoreOnly = null;
        if (File.Exists(ml))
        {
            var assembly = context.LoadFromAssemblyPath(ml);
            var ruleType = assembly.GetType("BBConduct.Rules.ML.ToxicityClassifierRule", throwOnError: true)!;
            classifierRule = Activator.CreateInstance(ruleType, [null]);

            // The classifier's fast path alone, through its public batch method one post at a time (Score takes a span,
            // which a delegate made by reflection cannot pass).
            var classifierType = assembly.GetType("BBConduct.Rules.ML.ToxicityClassifier", throwOnError: true)!;
            var classifier = classifierType.GetMethod("LoadDefault")!.Invoke(null, null)!;
            var batch = classifierType.GetMethod("ScoreBatch")!.CreateDelegate<Action<IReadOnlyList<string>, float[], int, int>>(classifier);
            var one = new string[1];
            var probability = new float[1];
            scoreOnly = post =>
            {
                one[0] = post;
                batch(one, probability, 0, 1);
                return probability;
            };
        }

        return new Build(
            Make(defaultRules: true, null),
            Make(defaultRules: false, null),
            classifierRule is null ? null : Make(defaultRules: false, classifierRule),
            classifierRule is null ? null : Make(defaultRules: true, classifierRule),
            scoreOnly);
    }

    private sealed record Build(
        Func<string, object> EveryRule,
        Func<string, object> NoRule,
        Func<string, object>? Classifier,
        Func<string, object>? EveryRuleAndClassifier,
        Func<string, object>? ScoreOnly);
}
