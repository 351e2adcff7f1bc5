namespace BBConduct.Rules.ML.Evaluation;

/// <summary>One HateCheck test case (Röttger et al. 2021).</summary>
/// <param name="Functionality">The functionality, for example <c>derog_neg_emote_h</c>.</param>
/// <param name="Text">The test case.</param>
/// <param name="Hateful">The gold label.</param>
/// <param name="Target">The target group, or empty.</param>
public sealed record HateCheckCase(string Functionality, string Text, bool Hateful, string Target);
