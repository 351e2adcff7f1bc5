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

    /// <summary>Whether <see cref="StreetAddress"/> could match: it needs a house number or the words "address"/"live".</summary>
    public static bool MayHoldAddress(string text) =>
        text.AsSpan().IndexOfAny(Digits) >= 0 || text.AsSpan().IndexOfAny(AddressWords) >= 0;

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

    /// <summary>Whether <see cref="ContactHandle"/> could match: every alternative names a platform or a number.</summary>
    public static bool MayHoldHandle(string text) => text.AsSpan().IndexOfAny(HandleWords) >= 0;

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
