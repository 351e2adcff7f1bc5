namespace BBConduct.Rules.Policy;

/// <summary>A named list of words and phrases a rule looks for.</summary>
/// <param name="Terms">The words and phrases, as written; matching ignores case and disguises and honours word boundaries.</param>
/// <param name="Inflect">Whether common endings (-s, -ed, -er, -ing, -y, -head…) also match.</param>
/// <param name="Detail">Detail carried to findings, such as the equality strand of a slur list.</param>
public sealed record LexiconDefinition(IReadOnlyList<string> Terms, bool Inflect = false, string? Detail = null)
{
    /// <summary>
    /// Whether one-letter slips also match: a word of five or more letters (a to z) with one inner letter dropped
    /// ("muslms") or two neighbouring letters swapped ("womne"), keeping its first letter. A term written "=term" is
    /// always exact.
    /// </summary>
    public bool Typos { get; init; }

    /// <summary>
    /// Real words that are one slip away from a term and so must never match as its misspelling ("wore" is not a
    /// slip of "whore"). Used only when <see cref="Typos"/> is set; the embedded policy lists the words of a
    /// 275,000-word English list that collide.
    /// </summary>
    public IReadOnlyList<string> TypoExceptions { get; init; } = [];
}
