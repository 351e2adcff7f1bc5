namespace BBConduct.Rules.Matching;

/// <summary>
/// The one-letter slips of a word that a lexicon with typos also matches: one inner letter dropped ("muslms") or two
/// neighbouring letters swapped, the first letter kept ("womne", "fukcing"). People keep the first letter of a word
/// and a recognisable shape when they slip or disguise it, and a changed first letter mostly makes another word.
/// </summary>
/// <remarks>
/// Slips are made on the word as written and returned squeezed (repeated letters once), the form the matcher keys
/// words by. Words shorter than <see cref="MinLength"/> letters have too many real words one slip away; slips shorter
/// than <see cref="MinVariantLength"/> squeezed letters are not returned for the same reason. Only a–z words qualify:
/// leet and masked spellings are matched by other means. <c>tools/policy/build_default_policy.py</c> makes the same
/// slips to list the real words they collide with; keep the two in step.
/// </remarks>
internal static class TypoVariants
{
    /// <summary>The fewest letters, as written, of a word that gets slips.</summary>
    public const int MinLength = 4;

    /// <summary>The most letters, as written, of a word that gets slips (bounds a hostile policy's matcher).</summary>
    public const int MaxLength = 20;

    /// <summary>The fewest squeezed letters of a slip.</summary>
    public const int MinVariantLength = 4;

    /// <summary>The squeezed slips of <paramref name="letters"/>, a word as written in lower case; none when it does not qualify.</summary>
    public static IReadOnlyCollection<string> Of(string letters)
    {
        if (letters.Length is < MinLength or > MaxLength || letters.AsSpan().ContainsAnyExceptInRange('a', 'z'))
        {
            return [];
        }

        var own = Squeeze(letters);
        var variants = new HashSet<string>(2 * letters.Length, StringComparer.Ordinal);
        Span<char> slip = stackalloc char[MaxLength];
        for (var i = 1; i < letters.Length - 1; i++)
        {
            letters.AsSpan(0, i).CopyTo(slip);
            letters.AsSpan(i + 1).CopyTo(slip[i..]);
            Add(variants, own, slip[..(letters.Length - 1)]);
            if (letters[i] != letters[i + 1])
            {
                letters.CopyTo(slip);
                (slip[i], slip[i + 1]) = (slip[i + 1], slip[i]);
                Add(variants, own, slip[..letters.Length]);
            }
        }

        return variants;
    }

    private static void Add(HashSet<string> variants, string own, Span<char> slip)
    {
        var length = SqueezeInPlace(slip);
        if (length >= MinVariantLength && !slip[..length].SequenceEqual(own.AsSpan()))
        {
            variants.Add(new string(slip[..length]));
        }
    }

    private static int SqueezeInPlace(Span<char> letters)
    {
        var length = 0;
        foreach (var c in letters)
        {
            if (length == 0 || letters[length - 1] != c)
            {
                letters[length++] = c;
            }
        }

        return length;
    }

    /// <summary>Writes each run of a repeated letter once, as the tokenizer keys words.</summary>
    public static string Squeeze(string letters)
    {
        var squeezed = letters.ToCharArray();
        return new string(squeezed, 0, SqueezeInPlace(squeezed));
    }
}
