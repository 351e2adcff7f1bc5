using BBConduct.Rules.ML.Featurization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BBConduct.Rules.ML.Model;

/// <summary>The ML.NET row types and schemas shared by the trainer and the reference scorer.</summary>
internal static class MLNetRows
{
    public const string Features = nameof(FeatureRow.Features);

    public static SchemaDefinition FeatureSchema<T>(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(T));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }

    /// <summary>Featurises one text into a fresh sparse <see cref="VBuffer{T}"/>: the exact vector the fast path scores.</summary>
    public static VBuffer<float> Vector(HashedFeaturizer featurizer, string text)
    {
        var scratch = FeatureScratch.Current;
        featurizer.Featurize(text, scratch);
        return new VBuffer<float>(featurizer.Dimension, scratch.FeatureCount, scratch.FeatureValues.ToArray(), scratch.FeatureIndices.ToArray());
    }

    /// <summary>A text to score.</summary>
    internal sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;
    }

    /// <summary>A featurised, labelled, weighted example.</summary>
    internal sealed class FeatureRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        public VBuffer<float> Features { get; set; }
    }

    /// <summary>The featurised text produced by the custom mapping.</summary>
    internal sealed class VectorRow
    {
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>What the ML.NET model predicts.</summary>
    internal sealed class ScoreRow
    {
        public float Score { get; set; }

        public float Probability { get; set; }
    }
}
