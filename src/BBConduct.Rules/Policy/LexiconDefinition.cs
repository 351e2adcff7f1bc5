namespace BBConduct.Rules.Policy;

/// <summary>A named list of words and phrases a rule looks for.</summary>
/// <param name="Terms">The words and phrases, as written; matching ignores case and disguises and honours word boundaries.</param>
/// <param name="Inflect">Whether common endings (-s, -ed, -er, -ing, -y, -head…) also match.</param>
/// <param name="Detail">Detail carried to findings, such as the equality strand of a slur list.</param>
public sealed record LexiconDefinition(IReadOnlyList<string> Terms, bool Inflect = false, string? Detail = null);
