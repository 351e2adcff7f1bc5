using System.Text;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;

namespace BBConduct.Rules.ML.Training;

/// <summary>Reads delimited data files (training and evaluation sets) with the library's RFC 4180 reader.</summary>
internal static class DelimitedReader
{
    /// <summary>Reads a whole file with a header row into records addressed by column name.</summary>
    /// <exception cref="InvalidDataException">The file is empty or a quoted field is never closed; the message names the file and line.</exception>
    public static IEnumerable<CsvRecord> ReadFile(string path, char separator = ',')
    {
        using var text = new StreamReader(path, Encoding.UTF8);
        var reader = new CsvRecordReader(text, path, separator);
        var header = Read(reader) ?? throw new InvalidDataException($"{path}: empty file.");
        header[0] = header[0].TrimStart('\uFEFF');
        while (Read(reader) is { } row)
        {
            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            yield return new CsvRecord(header, row);
        }
    }

    private static List<string>? Read(CsvRecordReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (PolicyException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }
}
