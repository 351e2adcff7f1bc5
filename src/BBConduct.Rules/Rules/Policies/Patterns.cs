using System.Text.RegularExpressions;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>
/// The regular expressions of the policy, source-generated at compile time. Each has a match timeout so a
/// hostile input costs bounded time; none nests quantifiers.
/// </summary>
internal static partial class Patterns
{
    private const int TimeoutMs = 250;

    /// <summary>Characters every match of a pattern must contain, so most posts skip the expression entirely.</summary>
    public static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <inheritdoc cref="Digits"/>
    public static readonly System.Buffers.SearchValues<char> At = System.Buffers.SearchValues.Create("@\uFF20");

    /// <inheritdoc cref="Digits"/>
    public static readonly System.Buffers.SearchValues<char> Question = System.Buffers.SearchValues.Create("?\uFF1F");

    /// <inheritdoc cref="Digits"/>
    public static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("'\"\u2018\u2019\u201C\u201D");

    private static readonly System.Buffers.SearchValues<string> AddressWords =
        System.Buffers.SearchValues.Create(["address", "live"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> HandleWords = System.Buffers.SearchValues.Create(
        ["snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp", "number", "mobile", "phone"], StringComparison.OrdinalIgnoreCase);

    // What remains after skipping these is a digit or a non-ASCII character, which may be a digit of another script.
    private static readonly System.Buffers.SearchValues<char> AsciiNonDigits =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))]);

    private static readonly System.Buffers.SearchValues<char> PostcodeUnits = System.Buffers.SearchValues.Create("ABDEFGHJLNPQRSTUWXYZ");

    private static readonly System.Buffers.SearchValues<string> BirthWords =
        System.Buffers.SearchValues.Create(["dob", "d.ob", "do.b", "d.o.b", "born", "birth", "bday"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] HandleAfterMy = ["snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp", "number", "mobile", "personal", "phone"];

    private static readonly string[] HandleBeforeColon = ["snap", "snapchat", "insta", "instagram", "tok", "discord", "kik"];

    // The gates below decide only whether a pattern is run at all, so each must hold for every text the pattern matches
    // (and each keeps the test it replaces: a text that test turned away is still not searched). Most posts have a
    // digit or a common word such as "live" or "number", which is all the old tests asked for; the patterns found
    // nothing on those posts but cost a sixth of the screening time. The regex's \d and \s are Unicode
    // (char.IsDigit, char.IsWhiteSpace), and its case-insensitive 'k' also matches the Kelvin sign U+212A; ordinal
    // ignore-case comparison agrees with it on every other ASCII letter.

    /// <summary>Whether <see cref="StreetAddress"/> could match: a house number followed by a capitalised word, or the words "address"/"live".</summary>
    public static bool MayHoldAddress(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(AddressWords) >= 0)
        {
            return true;
        }

        if (span.IndexOfAny(Digits) < 0)
        {
            return false;
        }

        // \d{1,4}[A-Za-z]?,?[ \t]+[A-Z][a-z]: everything the number alternative needs before the street's suffix.
        for (var i = NextDigit(span, 0); i >= 0; i = NextDigit(span, i + 1))
        {
            var j = i + 1;
            while (j < span.Length && char.IsDigit(span[j]))
            {
                j++;
            }

            i = j - 1;
            if (j < span.Length && char.IsAsciiLetter(span[j]))
            {
                j++;
            }

            if (j < span.Length && span[j] == ',')
            {
                j++;
            }

            if (j >= span.Length || span[j] is not (' ' or '\t'))
            {
                continue;
            }

            while (j < span.Length && span[j] is ' ' or '\t')
            {
                j++;
            }

            if (j + 1 < span.Length && char.IsAsciiLetterUpper(span[j]) && char.IsAsciiLetterLower(span[j + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="Postcode"/> could match: a digit followed by two letters of a postcode's inward code.</summary>
    public static bool MayHoldPostcode(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Digits) < 0)
        {
            return false;
        }

        for (var i = NextDigit(span, 0); i >= 0 && i + 2 < span.Length; i = NextDigit(span, i + 1))
        {
            if (PostcodeUnits.Contains(span[i + 1]) && PostcodeUnits.Contains(span[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="UkPhone"/> could match: nine digits in a row, each at most two of " \t-.)" from the next.</summary>
    public static bool MayHoldPhone(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(Digits) < 0)
        {
            return false;
        }

        var chain = 0;
        var last = -1;
        for (var i = NextDigit(span, 0); i >= 0; i = NextDigit(span, i + 1))
        {
            chain = chain > 0 && i - last <= 3 && IsPhoneGap(span[(last + 1)..i]) ? chain + 1 : 1;
            if (chain >= 9)
            {
                return true;
            }

            last = i;
        }

        return false;
    }

    /// <summary>Whether <see cref="DateOfBirth"/> could match: a digit and one of its words ("DOB", "born", "birthday"…).</summary>
    public static bool MayHoldDateOfBirth(string text) =>
        text.AsSpan().IndexOfAny(Digits) >= 0 && text.AsSpan().IndexOfAny(BirthWords) >= 0;

    /// <summary>Whether <see cref="Email"/> could match: an "@" with an address character right before it (not an @mention).</summary>
    public static bool MayHoldEmail(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOf('@'); at >= 0; at = span.IndexOf('@'))
        {
            if (at > 0 && (char.IsAsciiLetterOrDigit(span[at - 1]) || span[at - 1] is '.' or '_' or '%' or '+' or '-'))
            {
                return true;
            }

            span = span[(at + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether <see cref="ContactHandle"/> could match: every alternative names a platform or a number, and needs "my"
    /// before it, "me on" before it, or a colon or dash after it.
    /// </summary>
    public static bool MayHoldHandle(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAny(HandleWords) >= 0 && (HasMyHandle(span) || HasMeOn(span) || HasHandleBeforeColon(span));
    }

    // "my" \s+ and the start of one of the first alternative's words.
    private static bool HasMyHandle(ReadOnlySpan<char> span)
    {
        for (var at = 0; at < span.Length;)
        {
            var i = span[at..].IndexOf("my", StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            var j = SkipWhiteSpace(span, at + i + 2);
            if (j > at + i + 2)
            {
                foreach (var word in HandleAfterMy)
                {
                    if (MatchesAt(span, j, word))
                    {
                        return true;
                    }
                }
            }

            at += i + 1;
        }

        return false;
    }

    // "me" \s+ "on" \s: the second alternative.
    private static bool HasMeOn(ReadOnlySpan<char> span)
    {
        for (var at = 0; at < span.Length;)
        {
            var i = span[at..].IndexOf("me", StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            var j = SkipWhiteSpace(span, at + i + 2);
            if (j > at + i + 2 && MatchesAt(span, j, "on") && j + 2 < span.Length && char.IsWhiteSpace(span[j + 2]))
            {
                return true;
            }

            at += i + 1;
        }

        return false;
    }

    // A platform's name, \s*, then ':' or '-': the third alternative.
    private static bool HasHandleBeforeColon(ReadOnlySpan<char> span)
    {
        for (var at = 0; at < span.Length;)
        {
            var i = span[at..].IndexOfAny(':', '-');
            if (i < 0)
            {
                return false;
            }

            var end = at + i;
            while (end > 0 && char.IsWhiteSpace(span[end - 1]))
            {
                end--;
            }

            foreach (var word in HandleBeforeColon)
            {
                if (end >= word.Length && MatchesAt(span, end - word.Length, word))
                {
                    return true;
                }
            }

            at += i + 1;
        }

        return false;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> span, int index)
    {
        while (index < span.Length && char.IsWhiteSpace(span[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Whether <paramref name="word"/> (lower-case ASCII) is at <paramref name="index"/>, compared as the patterns' (?i) compares.</summary>
    private static bool MatchesAt(ReadOnlySpan<char> span, int index, string word)
    {
        if (index + word.Length > span.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var c = span[index + k];
            if ((c | 0x20) != word[k] && !(word[k] == 'k' && c == '\u212A'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The next position at or after <paramref name="from"/> that the patterns' \d matches, or -1.</summary>
    private static int NextDigit(ReadOnlySpan<char> span, int from)
    {
        while (from < span.Length)
        {
            var i = span[from..].IndexOfAnyExcept(AsciiNonDigits);
            if (i < 0)
            {
                return -1;
            }

            if (char.IsDigit(span[from + i]))
            {
                return from + i;
            }

            from += i + 1;
        }

        return -1;
    }

    private static bool IsPhoneGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '\t' or '-' or '.' or ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An @handle mentioning someone.</summary>
    [GeneratedRegex(@"(?<![\w@])@[A-Za-z0-9_.]{2,30}", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Mention();

    /// <summary>A question mark: a question is not an allegation stated as fact.</summary>
    [GeneratedRegex(@"\?", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex QuestionMark();

    /// <summary>UK phone numbers: 07700 900123, +44 7700 900123, +44 (0)1782 123456, (01782) 123-456, 0800 123 4567.</summary>
    [GeneratedRegex(@"(?<![\w+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(?0)(?:\d[ \t\-.)]{0,2}){8,9}\d(?![\w])", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex UkPhone();

    /// <summary>An e-mail address.</summary>
    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Email();

    /// <summary>A UK postcode as usually written (upper case): ST11 9BS, M1 1AE, SW1A 1AA.</summary>
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Postcode();

    /// <summary>A street address ("14 Meadow Lane", "2a Church St") or someone saying where they live.</summary>
    [GeneratedRegex(
        @"\b\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?i:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|grove|place|court|gardens|terrace|walk|mews|rise|view|row|square)\b|(?i:\b(?:my (?:home )?address is|(?:i|she|he|they) li(?:ve|ves) at)\b)",
        RegexOptions.CultureInvariant,
        TimeoutMs)]
    public static partial Regex StreetAddress();

    /// <summary>A date of birth: "DOB 03/05/2010", "born on 3rd May 2010", "my birthday is 12 March".</summary>
    [GeneratedRegex(
        @"(?i)\b(?:d\.?o\.?b\.?|date of birth|born on|born|birthday is|bday is|birthday's)[:\s]*(?:(?:is|was)\s+)?(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s/.\-]+(?:\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?:[\s/.,\-]+\d{2,4})?|(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?)",
        RegexOptions.CultureInvariant,
        TimeoutMs)]
    public static partial Regex DateOfBirth();

    /// <summary>A personal account or number offered for contact: "add me on snap", "my insta is @jess", "snap: jess_x".</summary>
    [GeneratedRegex(
        @"(?i)\bmy\s+(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|discord|kik|telegram|whatsapp|number|mobile|personal number|phone number)\s*(?:is|:|=|-)\s*@?[\w.+\-]{3,30}|\b(?:add|follow|message|msg|dm|text|snap|whatsapp|hmu|find)\s+me\s+on\s+(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|discord|kik|telegram|whatsapp)\b|\b(?:snap(?:chat)?|insta(?:gram)?|tik\s?tok|discord|kik)\s*[:\-]\s*@?[\w.]{3,30}",
        RegexOptions.CultureInvariant,
        TimeoutMs)]
    public static partial Regex ContactHandle();

    /// <summary>A short passage in quotation marks (single or double), as when someone quotes what another said.</summary>
    [GeneratedRegex(@"(?<![\w])['\u2018""\u201C][^'\u2019""\u201D\n]{3,200}['\u2019""\u201D](?![\w])", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Quoted();

    /// <summary>Signs of a cited source: an attribution dash, a link, a year in brackets, a copyright sign.</summary>
    [GeneratedRegex(@"(?:\u2014|\u2013|--|~)\s*\w|\bhttps?://|\bwww\.|\(\s*\d{4}\s*\)|\u00A9", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Citation();
}
