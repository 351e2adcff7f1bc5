using System.Text;

namespace BBConduct.Rules.ML.Training;

/// <summary>An RFC 4180 record reader with a configurable separator (ETHOS uses <c>;</c>): quoted fields, doubled quotes, embedded newlines.</summary>
internal sealed class DelimitedReader(TextReader reader, char separator = ',')
{
    public List<string>? Read()
    {
        var fields = new List<string>();
        var field = new StringBuilder();
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
            else if (c == '\n')
            {
                break;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (!any)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>Reads a whole file with a header row into records addressed by column name.</summary>
    public static IEnumerable<CsvRecord> ReadFile(string path, char separator = ',')
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        var reader = new DelimitedReader(text, separator);
        var header = reader.Read() ?? throw new InvalidDataException($"{path}: empty file.");
        header[0] = header[0].TrimStart('\uFEFF');
        while (reader.Read() is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            yield return new CsvRecord(header, row);
        }
    }
}
