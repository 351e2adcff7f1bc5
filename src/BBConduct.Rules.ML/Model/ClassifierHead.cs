using BBConduct.Rules.Findings;

namespace BBConduct.Rules.ML.Model;

/// <summary>
/// One output of the classifier: a logistic-regression weight vector over the shared features, the Platt calibration
/// fitted on the validation split, and the decision threshold chosen there.
/// </summary>
public sealed class ClassifierHead
{
    internal ClassifierHead(string name, Category category, float[] weights, float bias, double slope, double offset, double threshold)
    {
        Name = name;
        Category = category;
        Weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
        Threshold = threshold;
    }

    /// <summary>The head's name, for example <c>toxic</c> or <c>hate</c>.</summary>
    public string Name { get; }

    /// <summary>The category a finding from this head reports.</summary>
    public Category Category { get; }

    /// <summary>The bias of the linear score.</summary>
    public float Bias { get; }

    /// <summary>Platt slope: probability = 1 / (1 + exp(<see cref="Slope"/> · score + <see cref="Offset"/>)).</summary>
    public double Slope { get; }

    /// <summary>Platt offset.</summary>
    public double Offset { get; }

    /// <summary>The probability at or above which the post is flagged, chosen on the validation split.</summary>
    public double Threshold { get; }

    /// <summary>How many weights are not zero.</summary>
    public int NonZeroWeights => Weights.Count(w => w != 0);

    internal float[] Weights { get; }

    /// <summary>The calibrated probability of a linear score.</summary>
    /// <param name="score">The linear score <c>w·x + b</c>.</param>
    /// <returns>The probability.</returns>
    public float Probability(float score) => (float)(1 / (1 + Math.Exp((Slope * score) + Offset)));

    internal float LinearScore(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var weights = Weights;
        var sum = 0f;
        for (var i = 0; i < indices.Length; i++)
        {
            sum += weights[indices[i]] * values[i];
        }

        return sum + Bias;
    }
}
