using BBConduct.Cli.Input;

namespace BBConduct.Cli.Output;

/// <summary>
/// <c>--resume</c>: the result file of an interrupted run is cut back to its last complete line, the inputs are read
/// again from the start, and the first records are paired with the results already written (for the report and the
/// evidence log) instead of being screened and written again. The output then ends as an uninterrupted run's would.
/// </summary>
internal static class ResumableOutput
{
    /// <summary>Cuts the file after its last newline and returns how many complete lines it holds (0 if it does not exist).</summary>
    public static long Prepare(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        long lines = 0, end = 0, position = 0;
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    lines++;
                    end = position + i + 1;
                }
            }

            position += read;
        }

        file.SetLength(end);
        return lines;
    }

    public static FileStream Open(string path, bool append)
    {
        try
        {
            return append
                ? new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16)
                : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new Commands.UsageException($"{path}: cannot write the results ({ex.GetType().Name}).");
        }
    }

    /// <summary>Pairs the first <paramref name="done"/> records with the lines already in <paramref name="path"/>.</summary>
    public static IEnumerable<ScanItem> Pair(IEnumerable<InputRecord> records, string? path, long done)
    {
        if (path is null || done == 0)
        {
            foreach (var record in records)
            {
                yield return new ScanItem(record, null);
            }

            yield break;
        }

        using var previous = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        using var lines = LineSplitter.Lines(previous).GetEnumerator();
        long index = 0;
        foreach (var record in records)
        {
            if (index < done && lines.MoveNext())
            {
                yield return new ScanItem(record, ResultLineParser.Parse(lines.Current.Bytes));
            }
            else
            {
                yield return new ScanItem(record, null);
            }

            index++;
        }
    }
}
