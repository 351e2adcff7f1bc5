using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Featurization;

namespace BBConduct.Rules.ML.Model;

/// <summary>
/// One output of the classifier: a logistic-regression weight vector over the shared features, the Platt calibration
/// fitted on the validation split, and the decision threshold chosen there.
/// </summary>
public sealed class ClassifierHead
{
    // The weights are read from the model's interleaved table (every head's weight of a feature side by side), so a
    // loaded model holds each weight once.
    private readonly InterleavedWeights _weights;
    private readonly int _index;

    internal ClassifierHead(string name, Category category, InterleavedWeights weights, int index, float bias, double slope, double offset, double threshold)
    {
        Name = name;
        Category = category;
        _weights = weights;
        _index = index;
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
    public int NonZeroWeights
    {
        get
        {
            var values = _weights.Values;
            var count = 0;
            for (var i = _index; i < values.Length; i += _weights.Heads)
            {
                count += values[i] != 0 ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The head's weight of feature <paramref name="feature"/>.</summary>
    internal float Weight(int feature) => _weights.Values[(feature * _weights.Heads) + _index];

    /// <summary>A copy of the head's weights, feature by feature.</summary>
    internal float[] CopyWeights()
    {
        var copy = new float[_weights.Values.Length / _weights.Heads];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = Weight(i);
        }

        return copy;
    }

    /// <summary>The calibrated probability of a linear score.</summary>
    /// <param name="score">The linear score <c>w·x + b</c>.</param>
    /// <returns>The probability.</returns>
    public float Probability(float score) => (float)(1 / (1 + Math.Exp((Slope * score) + Offset)));

    internal float LinearScore(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        var sum = 0f;
        for (var i = 0; i < indices.Length; i++)
        {
            sum += Weight(indices[i]) * values[i];
        }

        return sum + Bias;
    }
}
