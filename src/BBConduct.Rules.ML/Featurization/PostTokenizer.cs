using BBConduct.Rules.Text;

namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Splits a post into folded words for the classifier, through the library's fold table: lower case, accents and
/// compatibility forms (full-width, mathematical and enclosed letters) folded, look-alike Cyrillic and Greek letters
/// mapped to Latin, invisible characters dropped, <c>@ $ €</c> read as letters inside a word and <c>*</c> kept as a
/// masked letter, apostrophes dropped, letter runs longer than two cut to two ("soooo" → "soo"), and the noise of
/// tweets removed (@handles, URLs, HTML entities such as <c>&amp;amp;</c>, the retweet marker <c>RT</c> and OLID's
/// <c>URL</c> placeholder). Offsets stay on the original text.
/// </summary>
internal static class PostTokenizer
{
    /// <summary>Words longer than this are cut: nothing longer is a word anyone types, and it bounds the work per post.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Marks the start of a word for character n-grams.</summary>
    public const char WordOpen = '\u0002';

    /// <summary>Marks the end of a word for character n-grams.</summary>
    public const char WordClose = '\u0003';

    public static void Tokenize(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        scratch.TokenCount = 0;
        scratch.NormalLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                // The commonest character between words, settled before any other test.
                i++;
                continue;
            }

            if (c == '&' && TrySkipEntity(text, ref i))
            {
                continue;
            }

            if (c == '@' && i + 1 < text.Length && IsHandleChar(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsHandleChar(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (WordChar(text, i, out _) == 0)
            {
                i++;
                continue;
            }

            if ((c is 'h' or 'H' or 'w' or 'W') && StartsUrl(text[i..]))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            i = ReadWord(text, i, scratch);
        }
    }

    private static int ReadWord(ReadOnlySpan<char> text, int start, FeatureScratch scratch)
    {
        FeatureScratch.Grow(ref scratch.Normal, scratch.NormalLength + MaxWordLength + 2);
        var normal = scratch.Normal;
        var open = scratch.NormalLength;
        normal[open] = WordOpen;
        var normalStart = open + 1;
        var length = 0;
        char last = '\0';
        var run = 0;
        var i = start;
        var end = start;
        while (i < text.Length)
        {
            var width = WordChar(text, i, out var ch);
            if (width == 0)
            {
                var k = CharFolding.KindOf(text[i]);
                if ((k is CharKind.Apostrophe or CharKind.Invisible or CharKind.Mark) && i + 1 < text.Length && WordChar(text, i + 1, out _) > 0)
                {
                    i++;
                    continue;
                }

                break;
            }

            i += width;
            end = i;
            if (ch == '\0')
            {
                continue;
            }

            run = ch == last ? run + 1 : 1;
            last = ch;
            if (run > 2 || length >= MaxWordLength)
            {
                continue;
            }

            normal[normalStart + length++] = ch;
        }

        var original = text[start..end];
        if (length == 0 || original.SequenceEqual("RT") || original.SequenceEqual("URL"))
        {
            return Math.Max(end, start + 1);
        }

        normal[normalStart + length] = WordClose;
        FeatureScratch.Grow(ref scratch.Tokens, scratch.TokenCount + 1);
        scratch.Tokens[scratch.TokenCount++] = new WordToken(start, end - start, normalStart, length, FeatureHash.Word(normal.AsSpan(normalStart, length)));
        scratch.NormalLength = normalStart + length + 1;
        return end;
    }

    /// <summary>
    /// How many code units at <paramref name="i"/> form one word character (0 when none) and its folded form
    /// (<c>'\0'</c> for a letter the fold table cannot spell, which is skipped without ending the word).
    /// </summary>
    private static int WordChar(ReadOnlySpan<char> text, int i, out char folded)
    {
        var c = text[i];
        if (c < 128)
        {
            // ASCII fast path: letters and digits, plus symbols standing for letters inside a word.
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0));
                return 1;
            }

            folded = c switch { '@' => 'a', '$' => 's', '*' => '*', _ => '\0' };
            return folded != '\0' && InsideWord(text, i) ? 1 : 0;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var kind = CharFolding.FoldSupplementary(char.ConvertToUtf32(c, text[i + 1]), out folded);
            if (kind is CharKind.Letter or CharKind.Digit)
            {
                folded = folded == '\uFFFD' ? '\0' : folded;
                return 2;
            }

            folded = '\0';
            return 0;
        }

        switch (CharFolding.KindOf(c))
        {
            case CharKind.Letter or CharKind.Digit:
                folded = CharFolding.Fold(c);
                return 1;
            case CharKind.LeetSymbol or CharKind.Mask when InsideWord(text, i):
                folded = c == '\u20AC' ? 'e' : CharFolding.Fold(c) switch { '@' => 'a', '$' => 's', _ => '*' };
                return 1;
            default:
                folded = '\0';
                return 0;
        }
    }

    /// <summary>Whether a symbol sits between two letters or digits (f*ck, sh!t is not: '!' ends sentences too).</summary>
    private static bool InsideWord(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '*') && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '*' or '$' or '@');

    private static bool TrySkipEntity(ReadOnlySpan<char> text, ref int i)
    {
        var j = i + 1;
        while (j < text.Length && j - i <= 10 && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '#'))
        {
            j++;
        }

        if (j < text.Length && text[j] == ';' && j > i + 1)
        {
            i = j + 1;
            return true;
        }

        return false;
    }

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        // Most words starting with h or w ("the", "what", "we") fail on the second letter, before any full comparison.
        s.Length >= 4 && ((s[1] | 0x20) == 't' || (s[1] | 0x20) == 'w') && (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
