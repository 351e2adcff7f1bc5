namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// A word list whose hits in a post become one feature of the lexicon channel (for example the policy's insults).
/// Stored in the model so that a later change to the policy cannot silently change what a trained model sees.
/// </summary>
/// <param name="Name">The feature's name, for example <c>insult</c>.</param>
/// <param name="Terms">Words and phrases; a leading <c>=</c> turns inflection off for that term.</param>
/// <param name="Inflect">Whether common endings (-s, -ed, -er, -ing, -y, -head) of the last word also hit.</param>
public sealed record LexiconGroup(string Name, IReadOnlyList<string> Terms, bool Inflect = false);
