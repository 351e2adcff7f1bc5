using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>scan-threads [--cli PATH] [--posts N] [--runs N]</c>: times <c>bbconduct scan FILE --threads T --out /dev/null</c>
/// on one thread and on every core, with hyperfine when it is on the PATH and a Stopwatch otherwise, and writes
/// <c>results/scan-threads.json</c> for the report. Build the CLI first: <c>dotnet build src/BBConduct.Cli -c Release</c>.
/// </summary>
internal static class ScanThreadsCommand
{
    public static string ResultPath => Path.Combine(DataFiles.ArtifactsRoot, "results", "scan-threads.json");

    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var cli = options.Get("cli") ?? Path.Combine(DataFiles.RepoRoot, "src", "BBConduct.Cli", "bin", "Release", "net10.0", "bbconduct");
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found; build it with `dotnet build src/BBConduct.Cli -c Release` or pass --cli PATH.");
            return 2;
        }

        var count = options.GetInt("posts", 200_000);
        var runs = options.GetInt("runs", 5);
        Directory.CreateDirectory(Path.GetDirectoryName(ResultPath)!);
        var input = Path.Combine(DataFiles.ArtifactsRoot, $"scan-posts-{count}.jsonl");
        if (!File.Exists(input))
        {
            GeneratePostsCommand.Write(input, count, PostCorpus.Medium);
        }

        var tiny = Path.Combine(DataFiles.ArtifactsRoot, "scan-posts-1.jsonl");
        if (!File.Exists(tiny))
        {
            GeneratePostsCommand.Write(tiny, 1, PostCorpus.Medium);
        }

        var chars = File.ReadLines(input).Sum(l => (long)JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!.Length);
        var cores = Environment.ProcessorCount;
        var hyperfine = FindOnPath("hyperfine");
        var commands = new List<(string Label, int Threads, string File)>
        {
            ("startup (1 post)", 1, tiny),
            ("1 thread", 1, input),
            ($"{cores} threads", cores, input),
        };

        var timings = hyperfine is null
            ? commands.Select(c => TimeWithStopwatch(cli, c.File, c.Threads, runs)).ToList()
            : TimeWithHyperfine(hyperfine, cli, commands, runs);

        using (var stream = File.Create(ResultPath))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("tool", hyperfine is null ? "Stopwatch" : "hyperfine");
            json.WriteString("toolVersion", hyperfine is null ? $"Stopwatch (.NET {Environment.Version})" : Output(hyperfine, "--version").Trim());
            json.WriteString("date", DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture));
            json.WriteNumber("processorCount", cores);
            json.WriteNumber("posts", count);
            json.WriteNumber("characters", chars);
            json.WriteNumber("bytes", new FileInfo(input).Length);
            json.WriteNumber("runsPerCommand", runs);
            json.WriteStartArray("commands");
            for (var i = 0; i < commands.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("label", commands[i].Label);
                json.WriteNumber("threads", commands[i].Threads);
                json.WriteNumber("posts", commands[i].File == tiny ? 1 : count);
                json.WriteNumber("meanSeconds", timings[i].Mean);
                json.WriteNumber("stddevSeconds", timings[i].StdDev);
                json.WriteNumber("minSeconds", timings[i].Min);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        for (var i = 0; i < commands.Count; i++)
        {
            Console.WriteLine($"{commands[i].Label,-18} mean {timings[i].Mean:F3} s ± {timings[i].StdDev:F3} (min {timings[i].Min:F3})");
        }

        Console.WriteLine($"speed-up {cores} threads / 1 thread: {timings[1].Mean / timings[2].Mean:F2}x; written to {ResultPath}");
        return 0;
    }

    private static (double Mean, double StdDev, double Min) TimeWithStopwatch(string cli, string input, int threads, int runs)
    {
        var seconds = new List<double>();
        for (var r = -1; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(cli, ["scan", input, "--threads", threads.ToString(CultureInfo.InvariantCulture), "--out", "/dev/null"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (r >= 0)
            {
                seconds.Add(watch.Elapsed.TotalSeconds);
            }
        }

        var mean = seconds.Average();
        return (mean, Math.Sqrt(seconds.Sum(s => (s - mean) * (s - mean)) / Math.Max(1, seconds.Count - 1)), seconds.Min());
    }

    private static List<(double Mean, double StdDev, double Min)> TimeWithHyperfine(string hyperfine, string cli, List<(string Label, int Threads, string File)> commands, int runs)
    {
        var export = Path.Combine(DataFiles.ArtifactsRoot, "results", "scan-threads-hyperfine.json");
        var arguments = new List<string> { "--warmup", "1", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--ignore-failure", "--export-json", export };
        foreach (var (label, threads, file) in commands)
        {
            arguments.AddRange(["--command-name", label, $"{cli} scan {file} --threads {threads} --out /dev/null"]);
        }

        using (var process = Process.Start(new ProcessStartInfo(hyperfine, arguments))!)
        {
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"hyperfine exited with {process.ExitCode}.");
            }
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(export));
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(r =>
            (r.GetProperty("mean").GetDouble(), r.GetProperty("stddev").GetDouble(), r.GetProperty("min").GetDouble()))];
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string Output(string file, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(file, [argument]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
