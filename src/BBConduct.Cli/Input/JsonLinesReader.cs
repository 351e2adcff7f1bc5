using System.Text;
using System.Text.Unicode;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Input;

/// <summary>Reads JSONL posts: one object per line; blank lines are not records; a bad line becomes an error record.</summary>
internal sealed class JsonLinesReader : IRecordReader
{
    /// <summary>Parses one non-blank line into its record: a post, or an error naming the line.</summary>
    internal static InputRecord Parse(ReadOnlySpan<byte> line, string location, string id)
    {
        if (!Utf8.IsValid(line))
        {
            return new InputRecord(location, null, new ScreeningError("invalid-utf8", $"{location}: the line is not valid UTF-8."), id);
        }

        return PostJson.TryParse(line, location, id, out var post, out var error)
            ? new InputRecord(location, post, null, post!.Id)
            : new InputRecord(location, null, error, post?.Id ?? id);
    }

    public IEnumerable<InputRecord> Read(Stream input, string sourceName)
    {
        var first = true;
        foreach (var (number, bytes, tooLong) in LineSplitter.Lines(input))
        {
            var location = $"{sourceName}:{number}";
            var id = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var span = bytes.AsSpan();
            if (first && span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[3..];
            }

            first = false;
            if (tooLong)
            {
                yield return new InputRecord(location, null, new ScreeningError("line-too-long", $"{location}: the line is longer than {LineSplitter.MaxLineBytes / (1024 * 1024)} MB."), id);
                continue;
            }

            if (span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            // Validation and parsing run later, on a screening thread (InputRecord.Complete): the reader thread only
            // splits lines, so a scan uses every core.
            var offset = bytes.Length - span.Length;
            yield return new InputRecord(location, null, null, id) { Complete = () => Parse(bytes.AsSpan(offset), location, id) };
        }
    }
}
