namespace BBConduct.Rules.ML.Featurization;

/// <summary>How <see cref="FeatureSettings"/> scales each n-gram block of a post's feature vector.</summary>
public enum BlockNormalization
{
    /// <summary>By the block's Euclidean length: the square root of the sum of squared counts.</summary>
    L2,

    /// <summary>
    /// By the square root of the number of n-gram occurrences in the block. The same as <see cref="L2"/> when no n-gram
    /// repeats; unlike it, a sum over the post's words, so a word's contribution does not depend on the other words.
    /// </summary>
    Occurrences,
}
