using System.Text;
using System.Text.Unicode;

namespace BBConduct.Cli.Input;

/// <summary>
/// Splits CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, LF or CRLF) into rows while
/// streaming. A quote that is never closed within <see cref="MaxRecordLines"/> lines or before the end fails only
/// the row it opened on; the lines after it are read again as rows, so one stray quote cannot swallow a file.
/// </summary>
internal static class CsvRows
{
    public const int MaxRecordLines = 200;
    public const int MaxRecordBytes = 1024 * 1024;

    /// <summary>One row with the line it starts on, or the reason it could not be read.</summary>
    internal readonly record struct Row(int Line, List<string>? Fields, string? Error, string? Code);

    public static IEnumerable<Row> Read(Stream input)
    {
        using var lines = LineSplitter.Lines(input).GetEnumerator();
        var pending = new List<(int Number, byte[] Bytes, bool TooLong)>();
        var exhausted = false;
        var first = true;
        while (true)
        {
            if (pending.Count == 0)
            {
                if (exhausted || !lines.MoveNext())
                {
                    yield break;
                }

                var next = lines.Current;
                if (first && next.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
                {
                    next = (next.Number, next.Bytes[3..], next.TooLong);
                }

                first = false;
                pending.Add(next);
            }

            var head = pending[0];
            if (head.TooLong)
            {
                pending.RemoveAt(0);
                yield return new Row(head.Number, null, $"the line is longer than {LineSplitter.MaxLineBytes / (1024 * 1024)} MB.", "line-too-long");
                continue;
            }

            if (!Utf8.IsValid(head.Bytes))
            {
                pending.RemoveAt(0);
                yield return new Row(head.Number, null, "the line is not valid UTF-8.", "invalid-utf8");
                continue;
            }

            var text = new StringBuilder(Encoding.UTF8.GetString(head.Bytes));
            var used = 1;
            var bytes = head.Bytes.Length;
            while (true)
            {
                var fields = Parse(text, out var open);
                if (!open)
                {
                    pending.RemoveRange(0, used);
                    if (fields.Count == 1 && fields[0].Length == 0)
                    {
                        break;
                    }

                    yield return new Row(head.Number, fields, null, null);
                    break;
                }

                if (used == pending.Count && !exhausted)
                {
                    if (lines.MoveNext())
                    {
                        pending.Add(lines.Current);
                    }
                    else
                    {
                        exhausted = true;
                    }
                }

                var line = used < pending.Count ? pending[used] : default;
                if (used >= pending.Count || used >= MaxRecordLines || bytes > MaxRecordBytes || line.TooLong || !Utf8.IsValid(line.Bytes))
                {
                    // Give up on this row only; the lines it would have swallowed are read again as rows.
                    pending.RemoveAt(0);
                    yield return new Row(head.Number, null, "a quoted field opened on this line is never closed.", "unclosed-quote");
                    break;
                }

                text.Append('\n').Append(Encoding.UTF8.GetString(line.Bytes));
                bytes += line.Bytes.Length;
                used++;
            }
        }
    }

    private static List<string> Parse(StringBuilder text, out bool open)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        open = quoted;
        return fields;
    }
}
