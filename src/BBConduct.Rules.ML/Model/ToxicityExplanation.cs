namespace BBConduct.Rules.ML.Model;

/// <summary>A head's probability for a post and the words most responsible for it.</summary>
/// <param name="Probability">The calibrated probability.</param>
/// <param name="Start">Start of the responsible words in UTF-16 code units of the original text; 0 when unknown.</param>
/// <param name="Length">Length of the span; 0 means the whole post.</param>
public readonly record struct ToxicityExplanation(float Probability, int Start, int Length);
