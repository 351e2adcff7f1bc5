using System.Diagnostics;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules.Policies;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>profile-rules</c>: a rough Stopwatch split of where a 200-character post's time goes, one default rule at a
/// time (each in a screener of its own, minus the screener with no rules), to decide what is worth optimising.
/// Not a benchmark: no statistics, one thread, a few seconds.
/// </summary>
internal static class ProfileRulesCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var posts = PostCorpus.Build(PostCorpus.Medium, options.GetInt("posts", 2000), PostKind.Mixed, seed: 1).Select(t => new Post(t)).ToArray();
        var rounds = options.GetInt("rounds", 5);
        using var empty = ConductScreener.CreateBuilder().WithoutDefaultRules().Build();
        var floor = Time(empty, posts, rounds);
        using var all = ConductScreener.CreateDefault();
        var total = Time(all, posts, rounds);
        Console.WriteLine($"no rules (normalise + match + result): {floor:F2} us/post");
        Console.WriteLine($"every rule:                            {total:F2} us/post");
        var count = DefaultRules.Create().Count();
        var rows = new List<(string Id, double Micros, double Bytes)>();
        var cleanLength = options.GetInt("clean-length", PostCorpus.Medium);
        var clean = PostCorpus.Build(cleanLength, 32, PostKind.Clean, seed: 3).Select(t => new Post(t)).ToArray();
        var floorBytes = BytesPerPost(empty, clean);
        Console.WriteLine($"allocated per clean {cleanLength}-character post: {floorBytes:F0} B with no rules, {BytesPerPost(all, clean):F0} B with every rule");
        var matcher = new BBConduct.Rules.Policy.CompiledPolicy(BBConduct.Rules.Policy.ConductPolicy.Default, BBConduct.Rules.Registries.PeopleRegistry.Empty).Matcher;
        var words = new BBConduct.Rules.Text.NormalizedText();
        var hits = new List<BBConduct.Rules.Matching.Hit>(1024);
        Console.WriteLine($"  normalising only: {BytesPerPost(p => words.Load(p.Text), clean):F0} B; normalising and matching: {BytesPerPost(p => { words.Load(p.Text); matcher.Match(words, hits); hits.Clear(); }, clean):F0} B");
        for (var i = 0; i < count; i++)
        {
            var rule = DefaultRules.Create().ElementAt(i);
            using var one = ConductScreener.CreateBuilder().WithoutDefaultRules().AddRule(rule).Build();
            // The floor is re-measured beside each rule: on a shared machine the load drifts within seconds.
            var ruleTime = Time(one, posts, rounds);
            floor = Math.Min(floor, Time(empty, posts, rounds));
            rows.Add((rule.Id, ruleTime - floor, BytesPerPost(one, clean) - floorBytes));
        }

        Console.WriteLine($"no rules, lowest seen:                 {floor:F2} us/post");
        Console.WriteLine("  time/post   bytes/clean post   rule");
        foreach (var (id, micros, bytes) in rows.OrderByDescending(r => r.Micros))
        {
            Console.WriteLine($"{micros,8:F2} us  {bytes,8:F0} B  {id}");
        }

        return 0;
    }

    private static double BytesPerPost(ConductScreener screener, Post[] posts) => BytesPerPost(p => screener.Screen(p), posts);

    private static double BytesPerPost(Action<Post> screen, Post[] posts)
    {
        foreach (var post in posts)
        {
            screen(post);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var post in posts)
        {
            screen(post);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)posts.Length;
    }

    private static double Time(ConductScreener screener, Post[] posts, int rounds)
    {
        foreach (var post in posts)
        {
            screener.Screen(post);
        }

        var best = double.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var post in posts)
            {
                screener.Screen(post);
            }

            best = Math.Min(best, watch.Elapsed.TotalMicroseconds / posts.Length);
        }

        return best;
    }
}
