using System.Text;

namespace BBConduct.Cli.Input;

/// <summary>
/// Chooses the reader for an input from <c>--format</c> or, with <c>auto</c>, from its name and first bytes:
/// the exports of Facebook, Instagram and X are recognised by their JSON shape, WXR by its namespace.
/// </summary>
internal static class InputFormats
{
    public static readonly string[] Names = ["auto", "jsonl", "json", "csv", "text", "facebook", "instagram", "twitter", "wxr"];

    /// <summary>How many bytes are looked at to recognise a file.</summary>
    public const int SniffBytes = 16 * 1024;

    /// <summary>The format named by <c>--format</c>; <see langword="null"/> for <c>auto</c>.</summary>
    public static InputFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "auto" => null,
        "jsonl" or "ndjson" => InputFormat.Jsonl,
        "json" => InputFormat.Json,
        "csv" => InputFormat.Csv,
        "text" or "txt" => InputFormat.Text,
        "facebook" => InputFormat.Facebook,
        "instagram" => InputFormat.Instagram,
        "twitter" or "x" => InputFormat.Twitter,
        "wxr" or "wordpress" => InputFormat.Wxr,
        _ => throw new Commands.UsageException($"--format must be one of {string.Join(", ", Names)}, not '{name}'."),
    };

    public static IRecordReader Create(InputFormat format, CsvColumns columns) => format switch
    {
        InputFormat.Jsonl => new JsonLinesReader(),
        InputFormat.Json => new JsonArrayReader(),
        InputFormat.Csv => new CsvReader(columns),
        InputFormat.Text => new PlainTextReader(),
        InputFormat.Facebook => new FacebookReader(),
        InputFormat.Instagram => new InstagramReader(),
        InputFormat.Twitter => new TwitterReader(),
        _ => new WxrReader(),
    };

    public static bool IsArchive(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>Recognises a file from its name and first bytes; <see langword="null"/> when it is not a kind of post file.</summary>
    public static InputFormat? Detect(string name, ReadOnlySpan<byte> head)
    {
        var fileName = Path.GetFileName(name.Replace('\\', '/')).ToLowerInvariant();
        var ext = Path.GetExtension(fileName);
        if (head.StartsWith(Encoding.UTF8.Preamble))
        {
            head = head[3..];
        }

        var text = Encoding.UTF8.GetString(head);
        var start = text.TrimStart();
        switch (ext)
        {
            case ".jsonl" or ".ndjson":
                return InputFormat.Jsonl;
            case ".csv":
                return InputFormat.Csv;
            case ".txt" or ".text":
                return InputFormat.Text;
            case ".js" when start.StartsWith("window.YTD.", StringComparison.Ordinal):
                return fileName.StartsWith("tweet", StringComparison.Ordinal) || fileName.Contains("tweets", StringComparison.Ordinal) ? InputFormat.Twitter : null;
            case ".xml" or ".wxr" when text.Contains("<rss", StringComparison.Ordinal) && text.Contains("wordpress.org/export/", StringComparison.Ordinal):
                return InputFormat.Wxr;
            case ".json":
                return DetectJson(fileName, start);
            default:
                return null;
        }
    }

    private static InputFormat? DetectJson(string fileName, string start)
    {
        if (start.StartsWith('{'))
        {
            if (Has(start, "comments_v2") || (Has(start, "comments") && fileName.StartsWith("comments", StringComparison.Ordinal)))
            {
                return InputFormat.Facebook;
            }

            if (Has(start, "comments_media_comments") || Has(start, "comments_reels_comments"))
            {
                return InputFormat.Instagram;
            }

            // One post object per line, as formats.md writes them.
            return Has(start, "text") ? InputFormat.Jsonl : null;
        }

        if (!start.StartsWith('['))
        {
            return null;
        }

        // Facebook posts carry "timestamp" and "data"; Instagram's carry "media" and "creation_timestamp".
        if (Has(start, "timestamp") && (Has(start, "data") || Has(start, "attachments")) && fileName.Contains("post", StringComparison.Ordinal))
        {
            return InputFormat.Facebook;
        }

        if (Has(start, "string_map_data") || (Has(start, "media") && Has(start, "creation_timestamp")))
        {
            return InputFormat.Instagram;
        }

        return Has(start, "text") ? InputFormat.Json : null;
    }

    private static bool Has(string text, string key) => text.Contains($"\"{key}\"", StringComparison.Ordinal);

    /// <summary>Expands folders into the files beneath them, in a stable order; <c>fromFolder</c> says whether the file was found rather than named.</summary>
    public static IEnumerable<(string Path, bool FromFolder)> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return (file, true);
                }
            }
            else
            {
                yield return (input, false);
            }
        }
    }

    /// <summary>The first <see cref="SniffBytes"/> bytes of a stream (which must be fresh; the caller reopens it to read).</summary>
    public static byte[] Head(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }
}
