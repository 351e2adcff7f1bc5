using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>scan-threads [--cli PATH] [--posts N] [--runs N]</c>: times <c>bbconduct scan FILE --out /dev/null</c> with the
/// classifier (the default) and rules only, each confined to one core (<c>taskset -c 0 … --threads 1</c>: the
/// one-core throughput) and on every core, plus <c>--threads 1</c> with every core free (its reader thread still
/// overlaps). Uses hyperfine when it is on the PATH and a Stopwatch otherwise, and writes
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
        var commands = new List<ScanCommandLine>
        {
            new("startup (1 post)", 1, cores, true, tiny),
            new("classifier + rules, one core", 1, 1, true, input),
            new($"classifier + rules, {cores} cores", cores, cores, true, input),
            new("rules only, one core", 1, 1, false, input),
            new($"rules only, {cores} cores", cores, cores, false, input),
            new($"classifier + rules, --threads 1 on {cores} cores", 1, cores, true, input),
        };

        var timings = hyperfine is null
            ? commands.Select(c => TimeWithStopwatch(cli, c, runs)).ToList()
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
                json.WriteNumber("cores", commands[i].Cores);
                json.WriteBoolean("classifier", commands[i].Classifier);
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
            Console.WriteLine($"{commands[i].Label,-46} mean {timings[i].Mean:F3} s ± {timings[i].StdDev:F3} (min {timings[i].Min:F3})");
        }

        Console.WriteLine($"speed-up {cores} cores / one core: classifier + rules {timings[1].Mean / timings[2].Mean:F2}x, rules only {timings[3].Mean / timings[4].Mean:F2}x; written to {ResultPath}");
        return 0;
    }

    /// <summary>The program and arguments of one timed command: confined to <see cref="ScanCommandLine.Cores"/> cores with taskset when fewer than all.</summary>
    private static string[] CommandLine(string cli, ScanCommandLine c)
    {
        var scan = new List<string> { cli, "scan", c.File, "--threads", c.Threads.ToString(CultureInfo.InvariantCulture), "--out", "/dev/null", "--progress", "none" };
        if (!c.Classifier)
        {
            scan.Add("--no-model");
        }

        if (c.Cores < Environment.ProcessorCount)
        {
            scan.InsertRange(0, ["taskset", "-c", c.Cores == 1 ? "0" : $"0-{c.Cores - 1}"]);
        }

        return [.. scan];
    }

    private static (double Mean, double StdDev, double Min) TimeWithStopwatch(string cli, ScanCommandLine command, int runs)
    {
        var line = CommandLine(cli, command);
        var seconds = new List<double>();
        for (var r = -1; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo(line[0], line[1..])
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

    private static List<(double Mean, double StdDev, double Min)> TimeWithHyperfine(string hyperfine, string cli, List<ScanCommandLine> commands, int runs)
    {
        var export = Path.Combine(DataFiles.ArtifactsRoot, "results", "scan-threads-hyperfine.json");
        var arguments = new List<string> { "--warmup", "1", "--runs", runs.ToString(CultureInfo.InvariantCulture), "--ignore-failure", "--export-json", export };
        foreach (var command in commands)
        {
            arguments.AddRange(["--command-name", command.Label, string.Join(' ', CommandLine(cli, command))]);
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

    private sealed record ScanCommandLine(string Label, int Threads, int Cores, bool Classifier, string File);
}
