namespace BBConduct.Cli.Input;

/// <summary>Splits a byte stream into lines (LF or CRLF) without decoding, so invalid UTF-8 stays on its own line.</summary>
internal static class LineSplitter
{
    /// <summary>The most bytes one line may hold; a longer line is reported as an error, not buffered without bound.</summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    /// <summary>Yields each line (without its terminator) with its 1-based number; <c>tooLong</c> lines come back empty.</summary>
    public static IEnumerable<(int Number, byte[] Bytes, bool TooLong)> Lines(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        var number = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            int found;
            while ((found = buffer.AsSpan(start, read - start).IndexOf((byte)'\n')) >= 0)
            {
                var i = start + found;
                Append(line, buffer, start, i - start, ref tooLong);
                yield return (number++, Finish(line), tooLong);
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
            }

            Append(line, buffer, start, read - start, ref tooLong);
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (number, Finish(line), tooLong);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, ref bool tooLong)
    {
        if (tooLong || count == 0)
        {
            return;
        }

        if (line.Length + count > MaxLineBytes)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }

        line.Write(buffer, start, count);
    }

    private static byte[] Finish(MemoryStream line)
    {
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
