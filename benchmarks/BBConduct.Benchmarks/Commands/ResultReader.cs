using System.Text.Json;
using BBConduct.Benchmarks.Infrastructure;

namespace BBConduct.Benchmarks.Commands;

/// <summary>Reads every <c>*-report-full.json</c> BenchmarkDotNet left in the results folder.</summary>
internal static class ResultReader
{
    public static (List<BenchmarkResult> Results, Dictionary<string, string> Host) Read(string resultsFolder)
    {
        // Later files win, so a re-run of one class replaces that class's rows and keeps the others.
        var results = new Dictionary<string, BenchmarkResult>(StringComparer.Ordinal);
        var host = new Dictionary<string, string>(StringComparer.Ordinal);
        var types = typeof(ResultReader).Assembly.GetExportedTypes().ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(resultsFolder, "*-report-full.json").OrderBy(File.GetLastWriteTimeUtc))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            if (root.TryGetProperty("HostEnvironmentInfo", out var info))
            {
                foreach (var property in info.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number))
                {
                    host[property.Name] = property.Value.ToString();
                }
            }

            foreach (var benchmark in root.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var type = benchmark.GetProperty("Type").GetString()!;
                var parameters = ParseParameters(benchmark.GetProperty("Parameters").GetString());
                double? allocated = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                    ? memory.GetProperty("BytesAllocatedPerOperation").GetDouble()
                    : null;
                var display = benchmark.GetProperty("DisplayInfo").GetString() ?? string.Empty;
                results[$"{type}.{benchmark.GetProperty("Method").GetString()}?{benchmark.GetProperty("Parameters").GetString()}"] = new BenchmarkResult(
                    type,
                    benchmark.GetProperty("Method").GetString()!,
                    parameters,
                    statistics.GetProperty("Mean").GetDouble(),
                    statistics.GetProperty("StandardDeviation").GetDouble(),
                    allocated,
                    Throughput.CharsPerPost(types.GetValueOrDefault(type), name => parameters.GetValueOrDefault(name)),
                    JobOf(display));
            }
        }

        return ([.. results.Values], host);
    }

    // "Type.Method: Job(settings) [Params]" -> "Job(settings)".
    private static string JobOf(string display)
    {
        var colon = display.IndexOf(": ", StringComparison.Ordinal);
        var job = colon >= 0 ? display[(colon + 2)..] : display;
        var bracket = job.IndexOf(" [", StringComparison.Ordinal);
        return bracket >= 0 ? job[..bracket] : job;
    }

    private static Dictionary<string, string> ParseParameters(string? text)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (text ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return parameters;
    }
}
