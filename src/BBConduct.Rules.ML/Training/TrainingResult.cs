using BBConduct.Rules.ML.Model;

namespace BBConduct.Rules.ML.Training;

/// <summary>What <see cref="ToxicityTrainer.Train"/> produced.</summary>
/// <param name="Classifier">The trained classifier.</param>
/// <param name="ModelFile">The model file bytes, ready to write or embed.</param>
/// <param name="Metrics">Per head, the held-out test figures.</param>
public sealed record TrainingResult(ToxicityClassifier Classifier, byte[] ModelFile, IReadOnlyList<HeadMetrics> Metrics)
{
    /// <summary>Per head and training source, the figures on the validation split: what hyper-parameters are chosen on.</summary>
    public IReadOnlyList<ValidationFigure> Validation { get; init; } = [];
}
