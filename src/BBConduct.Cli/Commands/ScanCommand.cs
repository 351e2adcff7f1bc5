using BBConduct.Cli.Input;
using BBConduct.Cli.Output;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Commands;

/// <summary><c>bbconduct scan INPUT…</c>: streams every record through the engine and writes one result line per record.</summary>
internal static class ScanCommand
{
    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, ["people", "policy", "format", "out", "threads"], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("scan needs at least one INPUT file or folder.");
        }

        var format = parsed.Option("format") ?? "auto";
        var threads = parsed.Option("threads") is { } t
            ? int.TryParse(t, out var n) && n > 0 ? n : throw new UsageException("--threads must be a positive whole number.")
            : Environment.ProcessorCount;
        var files = InputFormats.Expand(parsed.Positionals).ToList();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"{file}: input file not found.");
            }

            _ = InputFormats.For(file, format);
        }

        using var screener = ScreenerFactory.Create(parsed.Option("policy"), parsed.Option("people"));
        var outPath = parsed.Option("out");
        using var output = outPath is null ? null : new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        var sink = output ?? stdout;
        var worst = Verdict.Allow;
        var count = 0;
        using (var writer = ResultJson.CreateWriter(sink))
        {
            foreach (var result in ScanPipeline.Screen(screener, Records(files, format), threads))
            {
                ResultJson.Write(writer, result);
                writer.Flush();
                sink.WriteByte((byte)'\n');
                writer.Reset();
                if (result.Verdict > worst)
                {
                    worst = result.Verdict;
                }

                count++;
            }
        }

        sink.Flush();
        stderr.WriteLine($"bbconduct: screened {count} record(s); worst verdict: {ResultJson.Name(worst)}.");
        return worst >= Verdict.Review ? 1 : 0;
    }

    private static IEnumerable<InputRecord> Records(List<string> files, string format)
    {
        foreach (var file in files)
        {
            using var stream = ScreenerFactory.OpenInput(file, "input");
            foreach (var record in InputFormats.For(file, format).Read(stream, file))
            {
                yield return record;
            }
        }
    }
}
