using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace BBConduct.Cli.Input;

/// <summary>Reads plain text: one post per paragraph, paragraphs separated by blank lines; ids are paragraph numbers.</summary>
internal sealed class PlainTextReader : IRecordReader
{
    private const int MaxParagraphBytes = 1024 * 1024;

    public IEnumerable<InputRecord> Read(Stream input, string sourceName)
    {
        var paragraph = new List<byte>();
        var startLine = 0;
        var number = 0;
        var bytes = 0;
        var tooLong = false;
        var first = true;
        foreach (var (line, content, lineTooLong) in LineSplitter.Lines(input))
        {
            var span = content.AsSpan();
            if (first && span.StartsWith(Encoding.UTF8.Preamble))
            {
                span = span[3..];
            }

            first = false;
            if (!lineTooLong && span.Trim(" \t"u8).IsEmpty)
            {
                if (startLine > 0)
                {
                    yield return Finish(sourceName, startLine, ++number, paragraph, tooLong);
                    paragraph.Clear();
                    startLine = 0;
                    bytes = 0;
                    tooLong = false;
                }

                continue;
            }

            if (startLine == 0)
            {
                startLine = line;
            }
            else if (!tooLong)
            {
                paragraph.Add((byte)'\n');
            }

            bytes += span.Length + 1;
            tooLong |= lineTooLong || bytes > MaxParagraphBytes;
            if (!tooLong)
            {
                paragraph.AddRange(span);
            }
            else
            {
                paragraph.Clear();
            }
        }

        if (startLine > 0)
        {
            yield return Finish(sourceName, startLine, ++number, paragraph, tooLong);
        }
    }

    private static InputRecord Finish(string sourceName, int line, int number, List<byte> paragraph, bool tooLong)
    {
        var location = $"{sourceName}:{line}";
        var id = number.ToString(CultureInfo.InvariantCulture);
        if (tooLong)
        {
            return InputRecord.Failed(location, id, "record-too-long", $"the paragraph is longer than {MaxParagraphBytes / 1024} KB.");
        }

        var bytes = paragraph.ToArray();
        if (!Utf8.IsValid(bytes))
        {
            return InputRecord.Failed(location, id, "invalid-utf8", "the paragraph is not valid UTF-8.");
        }

        return new InputRecord(location, new Rules.Posts.Post(Encoding.UTF8.GetString(bytes)) { Id = id }, null, id);
    }
}
