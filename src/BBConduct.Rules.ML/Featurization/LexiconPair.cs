namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// A feature that fires when two lexicon groups both hit in a post, such as a second-person pronoun with an insult
/// (targeted abuse) or an identity term with demeaning wording; its count is the smaller of the two counts.
/// </summary>
/// <param name="First">The first group's name.</param>
/// <param name="Second">The second group's name.</param>
public sealed record LexiconPair(string First, string Second);
