namespace BBConduct.Rules.Text;

/// <summary>One word of the normalised text and where it came from in the original.</summary>
internal struct Token
{
    /// <summary>Start of the word's folded, run-collapsed characters in <see cref="NormalizedText.Chars"/>.</summary>
    public int NormStart;

    /// <summary>Number of folded, run-collapsed characters.</summary>
    public int NormLength;

    /// <summary>First UTF-16 code unit of the word in the original text.</summary>
    public int OriginalStart;

    /// <summary>One past the last UTF-16 code unit of the word in the original text.</summary>
    public int OriginalEnd;

    /// <summary>Zero-based sentence number.</summary>
    public int Sentence;

    /// <summary>What the tokeniser noticed about the word.</summary>
    public TokenFlags Flags;

    public readonly int OriginalLength => OriginalEnd - OriginalStart;
}

/// <summary>Facts about a token that some rules care about.</summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>The first letter is upper case in the original (a name, perhaps).</summary>
    Capitalized = 1,

    /// <summary>Contains masking characters standing for letters (<c>f**k</c>).</summary>
    Masked = 2,

    /// <summary>Digits only.</summary>
    Numeric = 4,

    /// <summary>Digits or symbols were read as letters (<c>sh1t</c>, <c>$hit</c>).</summary>
    Leet = 8,

    /// <summary>Every letter is upper case in the original and there are at least two.</summary>
    Shouted = 16,
}
