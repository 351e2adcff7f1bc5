using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace BBConduct.Cli.Tests.Properties;

/// <summary>Generators of scan inputs: lines of any bytes (invalid UTF-8, broken JSON, stray quotes) and CSV tables of hostile fields.</summary>
public static class ScanInputs
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"text\"", "\"id\"", "\"author\"", "\"role\"", "\"staff\"", "\"channel\"", "\"direct\"", "null",
        "true", "1e999", "\"\\uD800\"", "\"\\u0000\"", "\r", "\t", " ", "\\", "\u00e9", "\ud83d\ude00", "\u200B", "\u202E", "you idiot", "kys",
        "{\"text\":\"well done\"}", "{\"id\":\"a\",\"text\":\"you are an idiot\"}", "{\"text\":1}", "{\"text\":\"x\",\"createdAt\":\"soon\"}",
        "\uFEFF", "'", ";", "staff", "2025-02-03", "POISON-7f3a",
    ];

    private static readonly byte[][] BadBytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00]];

    private static readonly Gen<byte[]> Piece = Gen.Frequency(
        (8, Gen.Elements(Fragments).Select(f => Encoding.UTF8.GetBytes(f))),
        (2, Gen.Elements(BadBytes)),
        (1, Gen.Choose(0, 255).Where(b => b != '\n').Select(b => new[] { (byte)b })));

    /// <summary>One line: any bytes but a line feed (a carriage return may end it).</summary>
    public static Gen<byte[]> Line { get; } = Piece.ArrayOf().Resize(12).Select(p => p.SelectMany(b => b).ToArray());

    /// <summary>A file of up to 30 such lines.</summary>
    public static Arbitrary<byte[][]> Lines() => Line.ArrayOf().Resize(30).ToArbitrary();

    /// <summary>A CSV data line without quotes (so every line is one row), and where in the file one stray quote goes.</summary>
    public static Arbitrary<(byte[][] Lines, int StrayQuote)> QuotelessCsv() =>
        (from lines in Line.Select(l => l.Select(b => b == (byte)'"' ? (byte)'\'' : b).ToArray()).ArrayOf().Resize(30)
         from stray in Gen.Choose(-1, 30)
         select (lines, stray))
        .ToArbitrary();

    private static readonly string[] FieldPieces = ["a", "you idiot", ",", "\"", "\"\"", "\n", "\r\n", " ", "\u200B", "\ud83d\ude00", "\uD800", "kys", "é", ";", "POISON-7f3a", "=cmd"];

    /// <summary>Rows of hostile text fields, each quoted as RFC 4180 says (quotes doubled, line breaks inside quotes).</summary>
    public static Arbitrary<string[]> CsvTexts() =>
        Gen.Elements(FieldPieces).ArrayOf().Resize(8).Select(p => string.Concat(p)).ArrayOf().Resize(25).ToArbitrary();
}
