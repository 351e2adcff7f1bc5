namespace BBConduct.Rules.Matching;

/// <summary>A lexicon term found in a post: which term, and which tokens it covers.</summary>
/// <param name="TermId">Index of the term in the compiled <see cref="PhraseMatcher"/>.</param>
/// <param name="FirstToken">First token covered.</param>
/// <param name="LastToken">Last token covered (inclusive).</param>
/// <param name="LexiconId">The term's lexicon, carried so the rules need not look the term up for every hit.</param>
/// <param name="Disguised">Whether the words were a disguise of the term's: a one-letter slip, letters spaced apart or a mask.</param>
internal readonly record struct Hit(int TermId, int FirstToken, int LastToken, int LexiconId, bool Disguised = false);
