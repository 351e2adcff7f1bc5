namespace BBConduct.Rules.ML.Training;

/// <summary>One record of a delimited file, addressed by header name.</summary>
internal sealed class CsvRecord(List<string> header, List<string> fields)
{
    public bool Has(string column) => header.Contains(column);

    public string this[string column]
    {
        get
        {
            var i = header.IndexOf(column);
            if (i < 0)
            {
                throw new InvalidDataException($"There is no '{column}' column.");
            }

            return i < fields.Count ? fields[i] : string.Empty;
        }
    }
}
