using BBConduct.Rules.ML.Featurization;
using Microsoft.ML;

namespace BBConduct.Rules.ML.Model;

/// <summary>
/// The reference scorer: each head's stored ML.NET model behind a <c>PredictionEngine</c>, fed by a custom mapping that
/// runs the same featurisation as the fast path. Not thread-safe (neither is <c>PredictionEngine</c>).
/// </summary>
public sealed class MLNetToxicityScorer : IDisposable
{
    private readonly List<PredictionEngine<MLNetRows.TextRow, MLNetRows.ScoreRow>> _engines = [];
    private readonly MLNetRows.TextRow _input = new();

    internal MLNetToxicityScorer(HashedFeaturizer featurizer, IReadOnlyList<byte[]> models)
    {
        var ml = new MLContext(seed: 0);
        var empty = ml.Data.LoadFromEnumerable(new List<MLNetRows.TextRow>());
        var mapping = ml.Transforms.CustomMapping<MLNetRows.TextRow, MLNetRows.VectorRow>(
            (input, output) => output.Features = MLNetRows.Vector(featurizer, input.Text),
            contractName: null,
            outputSchemaDefinition: MLNetRows.FeatureSchema<MLNetRows.VectorRow>(featurizer.Dimension)).Fit(empty);
        foreach (var bytes in models)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var model = ml.Model.Load(stream, out _);
            _engines.Add(ml.Model.CreatePredictionEngine<MLNetRows.TextRow, MLNetRows.ScoreRow>(mapping.Append(model)));
        }
    }

    /// <summary>ML.NET's calibrated probability for one head.</summary>
    /// <param name="text">The post text.</param>
    /// <param name="head">The head index.</param>
    /// <returns>The probability.</returns>
    public float Score(string text, int head = 0)
    {
        _input.Text = text ?? string.Empty;
        return _engines[head].Predict(_input).Probability;
    }

    /// <summary>Releases the prediction engines.</summary>
    public void Dispose()
    {
        foreach (var engine in _engines)
        {
            engine.Dispose();
        }
    }
}
