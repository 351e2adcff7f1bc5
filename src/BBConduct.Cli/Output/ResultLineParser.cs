using System.Text.Json;
using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>Reads back a result line written by <c>ResultJson</c>, so a resumed scan can report on what an earlier run wrote.</summary>
internal static class ResultLineParser
{
    public static ScreeningResult Parse(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var findings = new List<Finding>();
        foreach (var f in root.GetProperty("findings").EnumerateArray())
        {
            findings.Add(new Finding
            {
                RuleId = f.GetProperty("rule").GetString()!,
                Category = Enum.Parse<Category>(f.GetProperty("category").GetString()!),
                Severity = ParseSeverity(f.GetProperty("severity").GetString()),
                Start = f.GetProperty("start").GetInt32(),
                Length = f.GetProperty("length").GetInt32(),
                Excerpt = f.GetProperty("excerpt").GetString()!,
                Clause = f.GetProperty("clause").GetString()!,
                Message = f.GetProperty("message").GetString()!,
                EscalateTo = f.GetProperty("escalateTo").GetString()!,
                Score = f.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null,
                Detail = f.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? detail.GetString() : null,
            });
        }

        var id = root.GetProperty("id").ValueKind == JsonValueKind.String ? root.GetProperty("id").GetString() : null;
        var verdict = root.GetProperty("verdict").GetString() switch
        {
            "allow" => Verdict.Allow,
            "advise" => Verdict.Advise,
            "review" => Verdict.Review,
            "block" => Verdict.Block,
            var other => throw new JsonException($"unknown verdict '{other}'"),
        };

        var error = root.GetProperty("error");
        return new ScreeningResult
        {
            Id = id,
            Verdict = verdict,
            Findings = findings,
            Error = error.ValueKind == JsonValueKind.Object
                ? new ScreeningError(error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!)
                : null,
        };
    }

    private static Severity ParseSeverity(string? name) => name switch
    {
        "advise" => Severity.Advise,
        "review" => Severity.Review,
        "block" => Severity.Block,
        var other => throw new JsonException($"unknown severity '{other}'"),
    };
}
