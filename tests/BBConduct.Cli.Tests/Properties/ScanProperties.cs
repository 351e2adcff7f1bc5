using System.Text;
using BBConduct.Cli.Tests.Scan;
using FsCheck;
using FsCheck.Xunit;

namespace BBConduct.Cli.Tests.Properties;

/// <summary>Properties of <c>bbconduct scan</c> run in process on temporary files: one result per record whatever the bytes, and the same output on any number of threads.</summary>
public sealed class ScanProperties
{
    private static readonly byte[] Newline = "\n"u8.ToArray();

    [Property(Arbitrary = [typeof(ScanInputs)], MaxTest = 30)]
    public bool Jsonl_scan_yields_exactly_one_result_per_non_blank_line_for_any_bytes(byte[][] lines)
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.jsonl");
        File.WriteAllBytes(path, Join(lines));

        var run = ScanRun.Of(path, "--format", "jsonl", "--no-model", "--threads", "2");

        return run.Exit is 0 or 1 && run.Results.Count == lines.Count(l => !IsBlankJsonLine(l, first: ReferenceEquals(l, lines[0])));
    }

    [Property(Arbitrary = [typeof(ScanInputs)], MaxTest = 30)]
    public bool Csv_scan_yields_exactly_one_result_per_data_line_for_any_bytes_and_a_stray_quote((byte[][] Lines, int StrayQuote) csv)
    {
        var lines = csv.Lines.Select((l, i) => i == csv.StrayQuote ? [(byte)'"', .. l] : l).ToArray();
        using var folder = new TempFolder();
        var path = folder.File("posts.csv");
        File.WriteAllBytes(path, [.. "id,text\n"u8, .. Join(lines)]);

        var run = ScanRun.Of(path, "--format", "csv", "--no-model", "--threads", "2");

        // A line that is empty once its CR is dropped is not a record; every other line is one, readable or not.
        return run.Exit is 0 or 1 && run.Results.Count == lines.Count(l => l.Length > 0 && !(l.Length == 1 && l[0] == '\r'));
    }

    [Property(Arbitrary = [typeof(ScanInputs)], MaxTest = 30)]
    public bool Csv_scan_reads_every_properly_quoted_row_of_hostile_text_in_order(string[] texts)
    {
        var csv = new StringBuilder("id,text\r\n");
        for (var i = 0; i < texts.Length; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"r{i},\"{texts[i].Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\n");
        }

        using var folder = new TempFolder();
        var path = folder.File("posts.csv");
        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));

        var run = ScanRun.Of(path, "--no-model", "--threads", "2");

        // Lone surrogates are written as U+FFFD by the encoder, so every row is valid and must be read as a post.
        return run.Exit is 0 or 1 && run.Ids.SequenceEqual(texts.Select((_, i) => $"r{i}")) && run.Results.All(r => ScanRun.ErrorCode(r) is null);
    }

    [Property(Arbitrary = [typeof(ScanInputs)], MaxTest = 15)]
    public bool Scan_output_is_identical_with_one_and_two_threads(byte[][] lines)
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.jsonl");
        File.WriteAllBytes(path, Join(lines));

        var one = ScanRun.Of(path, "--format", "jsonl", "--no-model", "--threads", "1");
        var two = ScanRun.Of(path, "--format", "jsonl", "--no-model", "--threads", "2");

        return one.Exit == two.Exit && one.Stdout == two.Stdout && one.Stderr == two.Stderr;
    }

    private static byte[] Join(byte[][] lines) => [.. lines.SelectMany(l => l.Concat(Newline))];

    private static bool IsBlankJsonLine(byte[] line, bool first)
    {
        ReadOnlySpan<byte> span = line;
        if (span.Length > 0 && span[^1] == '\r')
        {
            span = span[..^1];
        }

        if (first && span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        return span.Trim(" \t"u8).IsEmpty;
    }
}
