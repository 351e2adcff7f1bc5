using FsCheck;
using FsCheck.Fluent;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>
/// Text generators that hunt for trouble. FsCheck's default strings are almost all ASCII, so a "never throws"
/// property passes thousands of runs without meeting a lone surrogate; these generators mix in the characters
/// that break text code: lone surrogates, combining marks, zero-width and bidi controls, look-alikes, emoji,
/// enclosed letters and long runs.
/// </summary>
public static class HostileText
{
    private static readonly string[] Pieces =
    [
        "\uD800", "\uDFFF", "\uD83D", "\u0301", "\u0308\u0308\u0308", "\u200B", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u2066",
        "\u0000", "\u0007", "\r\n", "\n", "\t", " ", ".", "!", "?", "'", "\u2019", "\"", "@", "$", "*", "#", "-", "_",
        "а", "е", "о", "с", "ο", "ι", "ｆ", "ｕ", "𝐟", "𝐮", "🅵", "🇫", "Ⓕ", "😀", "👍🏽", "ﬁ", "ß", "İ", "ı", "Σ",
        "fuck", "sh1t", "f u c k", "Mr Okafor", "kys", "you", "idiot", "women", "are vermin", "Scunthorpe",
        "07700 900123", "ST11 9BS", "jo@example.com", "BBHS", "merch", "don't tell your parents", "views are my own",
    ];

    /// <summary>Any mix of hostile pieces and random characters, up to a few hundred characters.</summary>
    public static Arbitrary<string> Text() =>
        Gen.Frequency(
            (3, Gen.Elements(Pieces)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
            (1, Gen.Choose(2, 300).Select(n => new string('u', n))))
        .ArrayOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();
}

/// <summary>Well-formed sentences from a vocabulary of benign words and lexicon terms (no names, no postcodes).</summary>
public static class Sentences
{
    private static readonly string[] Words =
    [
        "the", "lesson", "was", "great", "today", "you", "are", "an", "idiot", "fuck", "shit", "this", "homework", "is",
        "killing", "me", "women", "vermin", "kys", "send", "nudes", "so", "drunk", "last", "night", "i", "will", "kill",
        "stab", "hope", "die", "nobody", "likes", "well", "done", "team", "sports", "day", "Scunthorpe", "class",
        "assessment", "faggot", "retard", "journalist", "for", "comment", "exam", "paper", "leaked", "suicidal", "myself",
    ];

    /// <summary>One to twenty words joined by spaces.</summary>
    public static Arbitrary<string> Text() =>
        Gen.Elements(Words).ArrayOf().Where(a => a.Length is > 0 and <= 20).Select(a => string.Join(' ', a)).ToArbitrary();
}
