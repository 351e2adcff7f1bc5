namespace BBConduct.Rules.Matching;

/// <summary>A phrase to find, the lexicon it belongs to and a payload the lexicon's owner interprets.</summary>
/// <param name="Phrase">The phrase as written in the policy or registry.</param>
/// <param name="LexiconId">The lexicon's id in the <see cref="LexiconIndex"/>.</param>
/// <param name="Payload">An owner-defined number, such as the index of a person in the people registry.</param>
/// <param name="Inflect">Whether common endings (-s, -ed, -er, -ing, -y, -head…) are accepted after the last word.</param>
/// <param name="ExactRuns">Whether repeated letters must repeat exactly as written (allow-list entries: "niger" must not excuse "nigger").</param>
/// <param name="Typos">Whether one-letter slips of its longer words also match (see <see cref="TypoVariants"/>).</param>
/// <param name="TextSpeak">Whether its common words also match as pupils spell them ("u" for "you": see <see cref="Matching.TextSpeak"/>).</param>
internal sealed record Term(string Phrase, int LexiconId, int Payload = 0, bool Inflect = false, bool ExactRuns = false, bool Typos = false, bool TextSpeak = false);
