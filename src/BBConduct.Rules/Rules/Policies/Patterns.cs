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

    // The street suffixes a lower-case address may end with: none an everyday word ("walk", "drive", "way" are). The
    // StreetAddress pattern and its gate read the same list.
    private const string LowerCaseSuffixes = "road|street|lane|avenue|crescent|grove|gardens|terrace|mews";

    private static readonly System.Buffers.SearchValues<string> LowerCaseStreetSuffixes =
        System.Buffers.SearchValues.Create(LowerCaseSuffixes.Split('|'), StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> HandleWords = System.Buffers.SearchValues.Create(
        ["snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp", "number", "mobile", "phone"], StringComparison.OrdinalIgnoreCase);

    // What remains after skipping these is a digit or a non-ASCII character, which may be a digit of another script.
    private static readonly System.Buffers.SearchValues<char> AsciiNonDigits =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))]);

    private static readonly System.Buffers.SearchValues<string> BirthWords =
        System.Buffers.SearchValues.Create(["dob", "d.ob", "do.b", "d.o.b", "born", "birth", "bday"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> PostcodeUnits = System.Buffers.SearchValues.Create("ABDEFGHJLNPQRSTUWXYZ");

    // The words each alternative of ContactHandle needs next to "my", "me on" or a colon, as far as they contain one of HandleWords.
    private static readonly string[] AfterMyWords = ["snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp", "number", "mobile", "personal number", "phone"];

    private static readonly string[] AfterMeOnWords = ["snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp"];

    private static readonly string[] BeforeColonWords = ["snap", "snapchat", "insta", "instagram", "discord", "kik"];

    // The gates below decide only whether a pattern is run at all, so each must hold for every text the pattern matches
    // (and each keeps the test it replaces: a text that test turned away is still not searched). Most posts have a
    // digit or a common word such as "live" or "number", which is all the old tests asked for; the patterns found
    // nothing on those posts but cost a sixth of the screening time. The regex's \d and \s are Unicode
    // (char.IsDigit, char.IsWhiteSpace), and its case-insensitive 'k' also matches the Kelvin sign U+212A; ordinal
    // ignore-case comparison agrees with it on every other ASCII letter.

    /// <summary>
    /// Whether <see cref="StreetAddress"/> could match: a house number followed by a capitalised word, or by a word when
    /// a lower-case street suffix is in the text; or the words "address"/"live".
    /// </summary>
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

        // The lower-case alternative needs one of its suffixes; most posts with a number have none.
        var lowerCase = span.IndexOfAny(LowerCaseStreetSuffixes) >= 0;

        // \d{1,4}[A-Za-z]?,?[ \t]+[A-Za-z][a-z]: everything the number alternatives need before the street's suffix.
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

            if (j + 1 < span.Length && (char.IsAsciiLetterUpper(span[j]) || (lowerCase && char.IsAsciiLetterLower(span[j]))) && char.IsAsciiLetterLower(span[j + 1]))
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

        // Only the last digit of a run can be followed by a letter.
        for (var i = NextDigitRun(span, 0, out var end); i >= 0; i = NextDigitRun(span, end, out end))
        {
            if (end + 1 < span.Length && PostcodeUnits.Contains(span[end]) && PostcodeUnits.Contains(span[end + 1]))
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
        var lastEnd = -1;
        for (var i = NextDigitRun(span, 0, out var end); i >= 0; i = NextDigitRun(span, end, out end))
        {
            chain = chain > 0 && i - lastEnd <= 2 && IsPhoneGap(span[lastEnd..i]) ? chain + end - i : end - i;
            if (chain >= 9)
            {
                return true;
            }

            lastEnd = end;
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
    /// Whether <see cref="ContactHandle"/> could match: a platform or number after "my", a platform after "me on", or a
    /// platform before a colon or dash.
    /// </summary>
    public static bool MayHoldHandle(string text)
    {
        // Each word these find contains one of HandleWords, so the old test holds without its search (which cost
        // more than the rest) unless a word was only found through the Kelvin sign, which ordinal comparison does not
        // read as 'k'.
        var span = text.AsSpan();
        var found = Max(HandleAfterMy(span), Max(HandleAfterMeOn(span), HandleBeforeColon(span)));
        return found == Found.Word || (found == Found.ThroughKelvin && span.IndexOfAny(HandleWords) >= 0);
    }

    private enum Found
    {
        Nothing,
        ThroughKelvin,
        Word,
    }

    private static Found Max(Found a, Found b) => a > b ? a : b;

    // "my" \s+ and one of the first alternative's words.
    private static Found HandleAfterMy(ReadOnlySpan<char> span)
    {
        var found = Found.Nothing;
        for (var at = 0; at < span.Length && found != Found.Word;)
        {
            var i = span[at..].IndexOf("my", StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                break;
            }

            var j = SkipWhiteSpace(span, at + i + 2);
            if (j > at + i + 2)
            {
                found = Max(found, AnyAt(span, j, AfterMyWords));
            }

            at += i + 1;
        }

        return found;
    }

    // "me" \s+ "on" \s+ and a platform: the second alternative.
    private static Found HandleAfterMeOn(ReadOnlySpan<char> span)
    {
        var found = Found.Nothing;
        for (var at = 0; at < span.Length && found != Found.Word;)
        {
            var i = span[at..].IndexOf("me", StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                break;
            }

            var j = SkipWhiteSpace(span, at + i + 2);
            if (j > at + i + 2 && MatchesAt(span, j, "on", out _))
            {
                var k = SkipWhiteSpace(span, j + 2);
                if (k > j + 2)
                {
                    found = Max(found, AnyAt(span, k, AfterMeOnWords));
                }
            }

            at += i + 1;
        }

        return found;
    }

    // A platform's name, \s*, then ':' or '-': the third alternative.
    private static Found HandleBeforeColon(ReadOnlySpan<char> span)
    {
        var found = Found.Nothing;
        for (var at = 0; at < span.Length && found != Found.Word;)
        {
            var i = span[at..].IndexOfAny(':', '-');
            if (i < 0)
            {
                break;
            }

            var end = at + i;
            while (end > 0 && char.IsWhiteSpace(span[end - 1]))
            {
                end--;
            }

            foreach (var word in BeforeColonWords)
            {
                if (MatchesAt(span, end - word.Length, word, out var kelvin))
                {
                    found = Max(found, kelvin ? Found.ThroughKelvin : Found.Word);
                }
            }

            // tik\s?tok
            if (MatchesAt(span, end - 3, "tok", out var kelvinTok)
                && (MatchesAt(span, end - 6, "tik", out var kelvinTik)
                    || (end >= 4 && char.IsWhiteSpace(span[end - 4]) && MatchesAt(span, end - 7, "tik", out kelvinTik))))
            {
                found = Max(found, kelvinTok || kelvinTik ? Found.ThroughKelvin : Found.Word);
            }

            at += i + 1;
        }

        return found;
    }

    private static Found AnyAt(ReadOnlySpan<char> span, int index, ReadOnlySpan<string> words)
    {
        var found = Found.Nothing;
        foreach (var word in words)
        {
            if (MatchesAt(span, index, word, out var kelvin))
            {
                if (!kelvin)
                {
                    return Found.Word;
                }

                found = Found.ThroughKelvin;
            }
        }

        return found;
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> span, int index)
    {
        while (index < span.Length && char.IsWhiteSpace(span[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (lower-case ASCII) is at <paramref name="index"/>, compared as the patterns' (?i)
    /// compares; <paramref name="kelvin"/> tells whether a Kelvin sign stood for a 'k'.
    /// </summary>
    private static bool MatchesAt(ReadOnlySpan<char> span, int index, string word, out bool kelvin)
    {
        kelvin = false;
        if (index < 0 || index + word.Length > span.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var c = span[index + k];
            var w = word[k];
            if (c == w || (char.IsAsciiLetterLower(w) && (c | 0x20) == w))
            {
                continue;
            }

            if (w == 'k' && c == '\u212A')
            {
                kelvin = true;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The start of the next run of \d at or after <paramref name="from"/>, or -1; <paramref name="end"/> is one past its last digit.</summary>
    private static int NextDigitRun(ReadOnlySpan<char> span, int from, out int end)
    {
        var start = NextDigit(span, from);
        end = start + 1;
        while (start >= 0 && end < span.Length && char.IsDigit(span[end]))
        {
            end++;
        }

        return start;
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

    /// <summary>
    /// A word with a hostile verb run straight into the next word ("ihateMuslims", "despisewomen"): only where the word
    /// is a group glued to its neighbour (EqualityRules.Demeaning) is it read as demeaning wording.
    /// </summary>
    [GeneratedRegex(@"(?i)\b\p{L}{0,3}(?:hate|despise|detest|loathe)\p{L}+", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex HostileVerbGlued();

    /// <summary>
    /// A word run into a feeling of disgust after it ("womendisgust me", "immigrantssicken me"): only where the word is
    /// a group glued to its neighbour (EqualityRules.Demeaning) is it read as demeaning wording.
    /// </summary>
    [GeneratedRegex(@"(?i)\b\p{L}+(?:disgusts?|sickens?)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex DisgustGlued();

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

    /// <summary>
    /// A street address ("14 Meadow Lane", "2a Church St", or in lower case as pupils write it, "22 elm road", with a
    /// suffix that is no everyday word and a number that is not a year group, room or bus: not "a 2 minute walk", "4
    /// wheel drive", "10 minutes down the road", "Year 7 school road safety") or someone
    /// saying where they live.
    /// </summary>
    [GeneratedRegex(
        @"\b\d{1,4}[A-Za-z]?,?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?i:road|rd|street|st|lane|ln|avenue|ave|close|drive|way|crescent|grove|place|court|gardens|terrace|walk|mews|rise|view|row|square)\b|(?<!(?i:\b(?:year|yr|room|page|bus|route|platform|gate|form|class|set|group|no|number))[ \t]?)\b\d{1,4}[a-z]?,?[ \t]+[a-z]{3,}[ \t]+(?:[a-z]{3,}[ \t]+)?(?:" + LowerCaseSuffixes + @")\b|(?i:\b(?:my (?:home )?address is|(?:i|she|he|they) li(?:ve|ves) at)\b)",
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

    /// <summary>
    /// A short passage in quotation marks (single or double), as when someone quotes what another said; an apostrophe
    /// inside a word ("haven't", "he's") does not end it.
    /// </summary>
    [GeneratedRegex(@"(?<![\w])['\u2018""\u201C](?:[^'\u2019""\u201D\n]|(?<=\w)['\u2019](?=\w)){3,200}['\u2019""\u201D](?![\w])", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Quoted();

    /// <summary>Every <see cref="Quoted"/> passage of a post, found only in posts holding a quotation mark.</summary>
    /// <returns>The detector.</returns>
    public static Detector Quotations() => Detect.Shared("patterns.quotations", Detect.Pattern(Quoted(), Quotes));

    /// <summary>Signs of a cited source: an attribution dash, a link, a year in brackets, a copyright sign.</summary>
    [GeneratedRegex(@"(?:\u2014|\u2013|--|~)\s*\w|\bhttps?://|\bwww\.|\(\s*\d{4}\s*\)|\u00A9", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Citation();
}
