namespace BBConduct.Cli.Input;

/// <summary>Chooses the reader for an input file from <c>--format</c> or, with <c>auto</c>, from its name.</summary>
internal static class InputFormats
{
    public static readonly string[] Names = ["auto", "jsonl"];

    public static IRecordReader For(string path, string format) => format switch
    {
        "jsonl" => new JsonLinesReader(),
        "auto" => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" or ".json" => new JsonLinesReader(),
            var ext => throw new Commands.UsageException($"{path}: cannot tell the format from '{ext}'; use --format ({string.Join('|', Names)})."),
        },
        _ => throw new Commands.UsageException($"--format must be one of {string.Join(", ", Names)}, not '{format}'."),
    };

    /// <summary>Expands folders into the files beneath them, in a stable order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return input;
            }
        }
    }
}
