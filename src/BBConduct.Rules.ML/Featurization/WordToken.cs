namespace BBConduct.Rules.ML.Featurization;

/// <summary>A word of the post: where it is in the original text, where its normalised form is, and its hash.</summary>
internal readonly record struct WordToken(int Start, int Length, int NormalStart, int NormalLength, uint Hash);
