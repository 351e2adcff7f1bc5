using System.Text;

namespace BBConduct.Benchmarks.Corpus;

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes) for the data sets.</summary>
internal static class CsvReader
{
    public static IEnumerable<string[]> Read(string path, char separator = ',')
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return [.. fields];
        }
    }

    /// <summary>Reads one named column of a file with a header row.</summary>
    public static IEnumerable<string> Column(string path, string name, char separator = ',')
    {
        var index = -1;
        foreach (var row in Read(path, separator))
        {
            if (index < 0)
            {
                index = Array.FindIndex(row, h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    throw new InvalidDataException($"{path}: no column '{name}'.");
                }

                continue;
            }

            if (index < row.Length)
            {
                yield return row[index];
            }
        }
    }
}
