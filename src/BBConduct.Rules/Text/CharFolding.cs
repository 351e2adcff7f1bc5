using System.Globalization;
using System.Text;

namespace BBConduct.Rules.Text;

/// <summary>
/// Maps every UTF-16 code unit (and the supplementary letters people use to disguise words) to a
/// <see cref="CharKind"/> and a folded character: compatibility decomposition with marks stripped (from the
/// generated <see cref="CompatibilityFolds"/> table), lower case, then look-alike letters from other scripts
/// mapped to the Latin letter they imitate.
/// </summary>
/// <remarks>
/// The tables are built once per process and never change afterwards. Nothing here calls
/// <see cref="string.Normalize()"/>: with InvariantGlobalization (common in containers) it silently does
/// nothing, and disguised words would get through.
/// </remarks>
internal static class CharFolding
{
    // Cyrillic and Greek letters that render like Latin ones (after lower-casing), after Unicode's
    // confusables.txt, restricted to the letters people actually use to dodge filters.
    private const string ConfusablePairs =
        "аa вb сc ԁd еe ɡg һh іi јj кk ӏl мm нh оo рp ԛq ѕs тt уy ԝw хx үy ɑa ѵv їi ђh ћh " +
        "αa βb εe ηn ιi κk μu νv οo ρp τt υu χx γy ωw ςs ζz " +
        "ƒf łl øo đd ħh ıi ŧt ɫl ʀr " +
        "ᴀa ʙb ᴄc ᴅd ᴇe ꜰf ɢg ʜh ɪi ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ʏy ᴢz";

    private static readonly char[] Folded = new char[65536];
    private static readonly CharKind[] Kinds = new CharKind[65536];
    private static readonly Dictionary<char, string> Expansions = [];
    private static readonly Dictionary<int, string> Compatibility = LoadCompatibilityFolds();
    private static readonly char FirstExpansion;

    static CharFolding()
    {
        var confusables = new Dictionary<char, char>();
        foreach (var pair in ConfusablePairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            confusables[pair[0]] = pair[1];
        }

        for (var c = 0; c < 65536; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch))
            {
                Kinds[c] = CharKind.Separator;
                continue;
            }

            var (kind, folded) = Classify(ch, confusables);
            Kinds[c] = kind;
            if (folded.Length == 1)
            {
                Folded[c] = folded[0];
            }
            else if (folded.Length > 1)
            {
                Folded[c] = folded[0];
                Expansions[ch] = folded;
            }
        }

        FirstExpansion = Expansions.Count == 0 ? char.MaxValue : Expansions.Keys.Min();
        AsciiLowerLettersArePlain = Enumerable.Range('a', 26).All(c => Kinds[c] == CharKind.Letter && Folded[c] == c && !Expansions.ContainsKey((char)c));
    }

    /// <summary>Whether every lower-case ASCII letter is a letter that folds to itself, which lets the tokeniser copy runs of them.</summary>
    public static readonly bool AsciiLowerLettersArePlain;

    /// <summary>The kind of a BMP code unit.</summary>
    public static CharKind KindOf(char c) => Kinds[c];

    /// <summary>The folded form of a BMP code unit; for expansions such as "ﬁ" see <see cref="TryGetExpansion"/>.</summary>
    public static char Fold(char c) => Folded[c];

    /// <summary>Gets the multi-character folding of a ligature or similar code unit.</summary>
    public static bool TryGetExpansion(char c, out string expansion)
    {
        // Below the first expanding code unit (every ASCII letter is) the dictionary cannot hold it: the tokeniser
        // asks for every letter, and the lookup cost more than the rest of folding it.
        if (c < FirstExpansion)
        {
            expansion = null!;
            return false;
        }

        return Expansions.TryGetValue(c, out expansion!);
    }

    /// <summary>
    /// Folds a supplementary code point. Mathematical alphanumerics, enclosed and squared letters and
    /// regional indicators become ASCII letters; other letters keep their kind; everything else separates.
    /// </summary>
    public static CharKind FoldSupplementary(int codePoint, out char folded)
    {
        folded = '\0';
        if (codePoint is >= 0x1F1E6 and <= 0x1F1FF)
        {
            folded = (char)('a' + (codePoint - 0x1F1E6));
            return CharKind.Letter;
        }

        if (codePoint is >= 0x1F170 and <= 0x1F189)
        {
            // Negative squared letters have no decomposition but read as letters.
            folded = (char)('a' + (codePoint - 0x1F170));
            return CharKind.Letter;
        }

        if (codePoint is >= 0x1F150 and <= 0x1F169)
        {
            // Negative circled letters (U+1F150-1F169) have no decomposition either.
            folded = (char)('a' + (codePoint - 0x1F150));
            return CharKind.Letter;
        }

        if (Compatibility.TryGetValue(codePoint, out var spelled) && spelled.Length == 1)
        {
            folded = spelled[0];
            return char.IsAsciiDigit(folded) ? CharKind.Digit : CharKind.Letter;
        }

        if (codePoint is (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF))
        {
            return CharKind.Invisible;
        }

        // Other supplementary letters stay part of a word (they match no term); everything else separates words.
        if (Rune.IsLetter(new Rune(codePoint)))
        {
            folded = '\uFFFD';
            return CharKind.Letter;
        }

        return CharKind.Separator;
    }

    private static Dictionary<int, string> LoadCompatibilityFolds()
    {
        var codePoints = CompatibilityFolds.CodePoints.Split(',');
        var spellings = CompatibilityFolds.Spellings.Split(',');
        var table = new Dictionary<int, string>(codePoints.Length);
        for (var i = 0; i < codePoints.Length; i++)
        {
            table[int.Parse(codePoints[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = spellings[i];
        }

        return table;
    }

    private static (CharKind Kind, string Folded) Classify(char ch, Dictionary<char, char> confusables)
    {
        switch (ch)
        {
            case '\n' or '\r' or '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F':
                return (ch == '!' || ch == '\uFF01' ? CharKind.LeetSymbol : CharKind.SentenceEnd, ch == '\uFF01' ? "!" : ch.ToString());
            case '@' or '$' or '\u20AC' or '\uFF20' or '\uFF04':
                return (CharKind.LeetSymbol, ch switch { '\uFF20' => "@", '\uFF04' => "$", _ => ch.ToString() });
            case '*' or '#' or '\uFF0A':
                return (CharKind.Mask, "*");
            case '\'' or '\u2019' or '\u02BC' or '\u2018' or '`' or '\uFF07':
                return (CharKind.Apostrophe, "'");
        }

        var category = char.GetUnicodeCategory(ch);
        switch (category)
        {
            case UnicodeCategory.Format:
            case UnicodeCategory.Control when ch is not ('\t' or '\n' or '\r' or '\v' or '\f'):
                return (CharKind.Invisible, string.Empty);
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return (CharKind.Mark, string.Empty);
        }

        // Hangul fillers and similar blank letters are invisible in practice.
        if (ch is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800')
        {
            return (CharKind.Invisible, string.Empty);
        }

        string folded;
        if (Compatibility.TryGetValue(ch, out var spelled))
        {
            folded = spelled;
        }
        else
        {
            var lower = char.ToLowerInvariant(ch);
            folded = (confusables.TryGetValue(lower, out var latin) ? latin : lower).ToString();
        }

        var first = folded[0];
        if (char.IsLetter(first))
        {
            return (CharKind.Letter, folded);
        }

        if (char.IsAsciiDigit(first))
        {
            return (CharKind.Digit, folded);
        }

        if (char.IsDigit(ch))
        {
            var value = (int)char.GetNumericValue(ch);
            return value is >= 0 and <= 9 ? (CharKind.Digit, ((char)('0' + value)).ToString()) : (CharKind.Separator, string.Empty);
        }

        return (CharKind.Separator, string.Empty);
    }
}
