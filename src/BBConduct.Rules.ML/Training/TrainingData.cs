using System.Security.Cryptography;
using System.Text.Json;
using BBConduct.Rules.ML.Model;

namespace BBConduct.Rules.ML.Training;

/// <summary>Reads labelled posts: the Davidson CSV, a generic CSV (<c>text,toxic[,hate]</c>) or JSONL (<c>{"text", "toxic", "hate"}</c>).</summary>
public static class TrainingData
{
    /// <summary>Reads a file, choosing the format from its extension and header.</summary>
    /// <param name="path">A <c>.csv</c> or <c>.jsonl</c> file.</param>
    /// <param name="source">The source name the split is keyed on; by default the file name without extension.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file and row.</exception>
    public static List<LabelledText> Read(string path, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        source ??= Path.GetFileNameWithoutExtension(path);
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLines(path, source);
        }

        var rows = new List<LabelledText>();
        var number = 0;
        foreach (var record in DelimitedReader.ReadFile(path))
        {
            number++;
            if (record.Has("class"))
            {
                var cls = record["class"];
                // Davidson: 0 hate speech, 1 offensive, 2 neither.
                rows.Add(new LabelledText(record["tweet"], cls is "0" or "1", cls == "0", source, number));
            }
            else
            {
                var hate = record.Has("hate") && record["hate"].Length > 0 ? ParseBool(record["hate"], path, number) : (bool?)null;
                var toxic = record.Has("toxic") ? record["toxic"] : record["label"];
                rows.Add(new LabelledText(record["text"], ParseBool(toxic, path, number), hate, source, number));
            }
        }

        return rows;
    }

    /// <summary>Describes a training file for the model metadata: its name, hash and row count.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">The rows read from it.</param>
    /// <param name="licence">Its licence.</param>
    /// <returns>The description.</returns>
    public static DataSourceInfo Describe(string path, IReadOnlyCollection<LabelledText> rows, string licence)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var name = rows.Count > 0 ? rows.First().Source : Path.GetFileNameWithoutExtension(path);
        using var stream = File.OpenRead(path);
        return new DataSourceInfo(name, Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)), rows.Count, licence);
    }

    private static List<LabelledText> ReadJsonLines(string path, string source)
    {
        var rows = new List<LabelledText>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var text = root.GetProperty("text").GetString() ?? string.Empty;
                var toxic = JsonBool(root.GetProperty("toxic"));
                bool? hate = root.TryGetProperty("hate", out var h) && h.ValueKind != JsonValueKind.Null ? JsonBool(h) : null;
                rows.Add(new LabelledText(text, toxic, hate, source, number));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{number}: expected {{\"text\": string, \"toxic\": bool, \"hate\"?: bool}} ({ex.GetType().Name}).", ex);
            }
        }

        return rows;
    }

    private static bool JsonBool(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.GetDouble() >= 0.5,
        _ => throw new FormatException("not a boolean"),
    };

    private static bool ParseBool(string value, string path, int row) => value.Trim().ToLowerInvariant() switch
    {
        "1" or "true" or "yes" or "toxic" or "off" => true,
        "0" or "false" or "no" or "clean" or "not" => false,
        _ => throw new InvalidDataException($"{path}: record {row}: '{value}' is not a label (use 1/0, true/false)."),
    };
}
