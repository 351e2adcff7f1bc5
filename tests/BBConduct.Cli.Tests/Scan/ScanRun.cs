using System.Text;
using System.Text.Json;

namespace BBConduct.Cli.Tests.Scan;

/// <summary>Runs <c>bbconduct scan</c> in process and keeps what it wrote.</summary>
internal sealed record ScanRun(int Exit, string Stdout, string Stderr)
{
    public IReadOnlyList<JsonElement> Results =>
        [.. Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public IReadOnlyList<string?> Ids => [.. Results.Select(r => r.GetProperty("id").GetString())];

    public static ScanRun Of(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stdoutText = new StringWriter();
        using var stderr = new StringWriter();
        // Scan mechanics are tested with the rules only: deterministic and no model to load per test.
        var exit = Program.Run(["scan", "--progress", "none", "--no-model", .. args], stdout, stdoutText, stderr);
        return new ScanRun(exit, Encoding.UTF8.GetString(stdout.ToArray()) + stdoutText, stderr.ToString());
    }

    public static string Verdict(JsonElement result) => result.GetProperty("verdict").GetString()!;

    public static string? ErrorCode(JsonElement result) =>
        result.GetProperty("error").ValueKind == JsonValueKind.Object ? result.GetProperty("error").GetProperty("code").GetString() : null;

    public static IEnumerable<string> Categories(JsonElement result) =>
        result.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("category").GetString()!);
}
