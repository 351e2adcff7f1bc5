using System.Text.Json;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>
/// Records the machine's load average before and after a benchmark run, because on a shared machine the figures
/// mean little without it. Linux only (<c>/proc/loadavg</c>); elsewhere nothing is written.
/// </summary>
internal static class RunConditions
{
    public static string PathOf => Path.Combine(DataFiles.ArtifactsRoot, "results", "run-conditions.json");

    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    public static void Write(string? before, string? after, DateTimeOffset started)
    {
        if (before is null || after is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(PathOf)!);
        using var stream = File.Create(PathOf);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("started", started);
        json.WriteString("finished", DateTimeOffset.UtcNow);
        json.WriteString("loadAverageBefore", before);
        json.WriteString("loadAverageAfter", after);
        json.WriteNumber("processorCount", Environment.ProcessorCount);
        json.WriteEndObject();
    }
}
