using System.Text;

namespace BBConduct.Rules.Registries;

/// <summary>
/// A small RFC 4180 reader: quoted fields, doubled quotes, embedded newlines, CRLF or LF, and a separator other
/// than the comma where a file needs one (ETHOS uses ';'). Reports the line each record starts on. An unclosed
/// quote is an error at its line rather than a swallowed file.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string source, char separator = ',')
{
    private const int MaxFieldLength = 1 << 20;
    private int _line = 1;

    /// <summary>The line the last record returned by <see cref="Read"/> started on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record, or <see langword="null"/> at the end.</summary>
    public List<string>? Read()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        RecordLine = _line;
        var quoted = false;
        var any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            any = true;
            var c = (char)ch;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                continue;
            }
            else if (c == '\n')
            {
                _line++;
                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(c);
            }

            if (field.Length > MaxFieldLength)
            {
                throw new Policy.PolicyException(source, RecordLine, null, $"a field is longer than {MaxFieldLength} characters.");
            }
        }

        if (quoted)
        {
            throw new Policy.PolicyException(source, RecordLine, null, "a quoted field is never closed.");
        }

        if (!any)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
