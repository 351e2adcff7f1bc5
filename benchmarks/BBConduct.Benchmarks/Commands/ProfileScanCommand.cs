using System.Diagnostics;
using System.Text.Json;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>profile-scan [--posts N] [--threads N]</c>: the stages of <c>bbconduct scan</c> rebuilt from the public library API
/// (parse each JSONL line, screen, write each result) and timed apart in one process, to show which part limits
/// the CLI and how screening alone scales across threads. A rough Stopwatch split, not a benchmark.
/// </summary>
internal static class ProfileScanCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var count = options.GetInt("posts", 20_000);
        var threads = options.GetInt("threads", Environment.ProcessorCount);
        var lines = PostCorpus.Build(PostCorpus.Medium, count, PostKind.Mixed, seed: 100)
            .Select((text, i) => JsonSerializer.SerializeToUtf8Bytes(new { id = $"p{i + 1}", text }))
            .ToArray();
        using var screener = ConductScreener.CreateDefault();
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var posts = new Post?[lines.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                PostJson.TryParse(lines[i], "profile", "0", out posts[i], out _);
            }

            var parse = watch.Elapsed.TotalMicroseconds / count;
            watch.Restart();
            var results = new ScreeningResult[posts.Length];
            for (var i = 0; i < posts.Length; i++)
            {
                results[i] = screener.Screen(posts[i]!);
            }

            var screenOne = watch.Elapsed.TotalMicroseconds / count;
            watch.Restart();
            Parallel.For(0, posts.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = screener.Screen(posts[i]!));
            var screenAll = watch.Elapsed.TotalMicroseconds / count;
            watch.Restart();
            using (var sink = new FileStream("/dev/null", FileMode.Open, FileAccess.Write))
            using (var writer = ResultJson.CreateWriter(sink))
            {
                foreach (var result in results)
                {
                    ResultJson.Write(writer, result);
                    writer.Flush();
                    sink.WriteByte((byte)'\n');
                    writer.Reset();
                }
            }

            var write = watch.Elapsed.TotalMicroseconds / count;
            Console.WriteLine($"round {round + 1}: parse {parse:F2} us, screen 1 thread {screenOne:F2} us, screen {threads} threads {screenAll:F2} us ({screenOne / screenAll:F2}x), write {write:F2} us per post");
        }

        return 0;
    }
}
