namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Splits a post into normalised words for the classifier: lower case, apostrophes dropped, letter runs longer than
/// two cut to two ("soooo" → "soo"), and the noise of tweets removed (@handles, URLs, HTML entities such as
/// <c>&amp;amp;</c>, the retweet marker <c>RT</c> and OLID's <c>URL</c> placeholder). Offsets stay on the original text.
/// </summary>
internal static class PostTokenizer
{
    /// <summary>Words longer than this are cut: nothing longer is a word anyone types, and it bounds the work per post.</summary>
    public const int MaxWordLength = 40;

    public static void Tokenize(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        scratch.TokenCount = 0;
        scratch.NormalLength = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
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

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            if (StartsUrl(text[i..]))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            var start = i;
            FeatureScratch.Grow(ref scratch.Normal, scratch.NormalLength + MaxWordLength);
            var normalStart = scratch.NormalLength;
            var length = 0;
            char last = '\0';
            var run = 0;
            while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)))
            {
                var ch = text[i++];
                if (IsApostrophe(ch))
                {
                    continue;
                }

                ch = char.ToLowerInvariant(ch);
                run = ch == last ? run + 1 : 1;
                last = ch;
                if (run > 2 || length >= MaxWordLength)
                {
                    continue;
                }

                scratch.Normal[normalStart + length++] = ch;
            }

            var original = text[start..i];
            if (original.SequenceEqual("RT") || original.SequenceEqual("URL"))
            {
                continue;
            }

            var normal = scratch.Normal.AsSpan(normalStart, length);
            FeatureScratch.Grow(ref scratch.Tokens, scratch.TokenCount + 1);
            scratch.Tokens[scratch.TokenCount++] = new WordToken(start, i - start, normalStart, length, FeatureHash.Word(normal));
            scratch.NormalLength += length;
        }
    }

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
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
