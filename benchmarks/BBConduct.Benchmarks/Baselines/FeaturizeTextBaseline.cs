using BBConduct.Benchmarks.Corpus;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BBConduct.Benchmarks.Baselines;

/// <summary>
/// The strongest simple engine one could assemble from the same parts without this project: the policy's every term
/// in one <see cref="SearchValuesMatcher"/> (vectorised, whole-word) plus ML.NET's default text classifier —
/// <c>FeaturizeText</c> (word 1–2-grams and character 1–3-grams, the defaults) and <c>SdcaLogisticRegression</c> —
/// trained on the Davidson tweets and scored through a <see cref="PredictionEngine{TSrc, TDst}"/>.
/// </summary>
internal sealed class FeaturizeTextBaseline : IDisposable
{
    private readonly SearchValuesMatcher _matcher;
    private readonly PredictionEngine<TextRow, ScoreRow> _engine;
    private readonly TextRow _row = new();

    public FeaturizeTextBaseline(IReadOnlyList<string> terms)
    {
        _matcher = new SearchValuesMatcher(terms);
        var ml = new MLContext(seed: 1);
        var rows = CsvReader.Read(DataFiles.PathOf("davidson-hate-offensive", "labeled_data.csv"))
            .Skip(1)
            .Where(r => r.Length >= 7)
            .Select(r => new TextRow { Text = r[6], Label = r[5] != "2" })
            .ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(TextRow.Text))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(nameof(TextRow.Label), "Features"));
        var model = pipeline.Fit(data);
        _engine = ml.Model.CreatePredictionEngine<TextRow, ScoreRow>(model);
    }

    /// <summary>Matches the lexicon and scores the text; returns the number of term hits plus the probability.</summary>
    public float Screen(string text)
    {
        var hits = _matcher.Count(text);
        _row.Text = text;
        return hits + _engine.Predict(_row).Probability;
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>One labelled text, as ML.NET reads it.</summary>
    public sealed class TextRow
    {
        public string Text { get; set; } = string.Empty;

        public bool Label { get; set; }
    }

    /// <summary>The calibrated output of the logistic regression.</summary>
    public sealed class ScoreRow
    {
        [ColumnName("Probability")]
        public float Probability { get; set; }
    }
}
