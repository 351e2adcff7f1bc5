namespace BBConduct.Rules.Text;

/// <summary>How the tokeniser treats one folded character.</summary>
internal enum CharKind : byte
{
    /// <summary>Whitespace, punctuation and symbols: ends a token.</summary>
    Separator = 0,

    /// <summary>A letter (already folded to its base, lower-case Latin form where one exists).</summary>
    Letter,

    /// <summary>A decimal digit (folded to ASCII).</summary>
    Digit,

    /// <summary>Zero-width, bidi and other format characters: dropped without breaking the word.</summary>
    Invisible,

    /// <summary>Combining marks: dropped, but they belong to the letter before them.</summary>
    Mark,

    /// <summary>Ends a sentence when followed by whitespace or the end (. ! ?) and a newline.</summary>
    SentenceEnd,

    /// <summary>Stands for a letter inside a word (<c>@ $ !</c> …), otherwise a separator.</summary>
    LeetSymbol,

    /// <summary>A masking character (<c>*</c>, <c>#</c>) that may hide a letter inside a word.</summary>
    Mask,

    /// <summary>An apostrophe: joins the word around it ("don't" reads as "dont").</summary>
    Apostrophe,
}
