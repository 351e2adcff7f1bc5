using System.Text;

namespace BBConduct.Cli.Input;

/// <summary>
/// Repairs the mojibake of Facebook and Instagram exports: their JSON escapes each UTF-8 byte as its own
/// character (<c>\u00c3\u00a9</c> for "é"), so text arrives as Latin-1 characters. Text with any character
/// above U+00FF is real Unicode and is left alone, as is anything whose bytes are not valid UTF-8.
/// </summary>
internal static class MetaText
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static string Repair(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var high = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text;
            }

            high |= c >= '\u0080';
        }

        if (!high)
        {
            return text;
        }

        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }
}
