using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Evaluation;
using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace BBConduct.Rules.ML.Training;

/// <summary>
/// Trains the toxicity model: featurises every row with <see cref="FeatureSettings"/>, fits ML.NET
/// <c>SdcaNonCalibrated</c> with log loss (logistic regression) on the training split, fits a Platt calibrator and picks
/// the macro-F1 threshold on the validation split, and measures the test split. Deterministic for a given seed.
/// </summary>
public static class ToxicityTrainer
{
    /// <summary>Trains a model.</summary>
    /// <param name="rows">Labelled rows from every source; their split comes from <see cref="DataSplits"/>.</param>
    /// <param name="sources">Descriptions of the sources, stored in the metadata.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <param name="log">Receives progress lines (never post text); <see langword="null"/> for none.</param>
    /// <returns>The classifier, its file and its held-out figures.</returns>
    public static TrainingResult Train(IReadOnlyList<LabelledText> rows, IReadOnlyList<DataSourceInfo> sources, TrainingOptions? options = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new TrainingOptions();
        var featurizer = new HashedFeaturizer(options.Features);
        var vectors = rows.Select(r => MLNetRows.Vector(featurizer, r.Text)).ToArray();
        var splits = rows.Select(r => r.SplitFor(options.Seed)).ToArray();
        var heads = new List<(string Name, Category Category, Func<LabelledText, bool?> Label)> { ("toxic", Category.Harassment, r => r.Toxic) };
        if (options.TrainHateHead)
        {
            heads.Add(("hate", Category.EqualityOffence, r => r.Hate));
        }

        var documents = new List<HeadDocument>();
        var weights = new List<float[]>();
        var mlNetModels = new List<byte[]>();
        var metrics = new List<HeadMetrics>();
        var validationFigures = new List<ValidationFigure>();
        foreach (var (name, category, label) in heads)
        {
            var ml = new MLContext(seed: options.Seed);
            var train = Rows(rows, vectors, splits, DataSplit.Train, label, options);
            var validation = Rows(rows, vectors, splits, DataSplit.Validation, label, options);
            var schema = MLNetRows.FeatureSchema<MLNetRows.FeatureRow>(featurizer.Dimension);
            var trainData = ml.Data.LoadFromEnumerable(train, schema);
            var trainer = ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = MLNetRows.Features,
                ExampleWeightColumnName = "Weight",
                LossFunction = new LogLoss(),
                L2Regularization = options.L2Regularization,
                L1Regularization = options.L1Regularization,
                MaximumNumberOfIterations = options.MaxIterations,
                NumberOfThreads = 1,
                Shuffle = true,
            });
            var linear = trainer.Fit(trainData);
            var model = linear.Model;
            var validationRaw = validation.Select(r => Linear(model, r.Features)).ToList();
            var (slope, offset) = PlattFit.Fit(validationRaw, [.. validation.Select(r => r.Label)], [.. validation.Select(r => r.Weight)]);
            var platt = ml.BinaryClassification.Calibrators.Platt(slope, offset, "Score").Fit(linear.Transform(trainData));
            var chain = linear.Append(platt);
            using (var buffer = new MemoryStream())
            {
                ml.Model.Save(chain, trainData.Schema, buffer);
                mlNetModels.Add(ModelFile.WithFixedTimes(buffer.ToArray()));
            }

            var w = model.Weights.ToArray();
            var head = new ClassifierHead(name, category, new InterleavedWeights([w], w.Length), 0, model.Bias, slope, offset, 0.5);
            var validationScores = validation.Select(r => (double)Probability(head, r.Features)).ToList();
            if (category == Category.EqualityOffence && options.ReportedWithoutClassifier is { } reported)
            {
                // Above every probability: a post the rules report is reported whatever the threshold.
                var texts = Picked(rows, splits, DataSplit.Validation, label).Select(i => rows[i].Text).ToList();
                for (var i = 0; i < validationScores.Count; i++)
                {
                    validationScores[i] = reported(texts[i]) ? 2 : validationScores[i];
                }
            }

            var thresholdRows = category == Category.EqualityOffence ? GroupRows(validation, featurizer, options) : null;
            var threshold = Math.Min(1, thresholdRows is null
                ? BinaryMetrics.BestMacroF1Threshold(validationScores, [.. validation.Select(r => r.Label)])
                : BinaryMetrics.BestMacroF1Threshold([.. thresholdRows.Select(i => validationScores[i])], [.. thresholdRows.Select(i => validation[i].Label)]));
            foreach (var source in rows.Select(r => r.Source).Distinct())
            {
                var picked = Enumerable.Range(0, rows.Count).Where(i => splits[i] == DataSplit.Validation && rows[i].Source == source && label(rows[i]) is not null).ToList();
                var sourceScores = picked.Select(i => (double)Probability(head, vectors[i])).ToList();
                var sourceLabels = picked.Select(i => label(rows[i]) == true).ToList();
                var sourceF1 = BinaryMetrics.F1([.. sourceScores.Select(p => p >= threshold)], sourceLabels);
                validationFigures.Add(new ValidationFigure(name, source, picked.Count, BinaryMetrics.Auc(sourceScores, sourceLabels), sourceF1.MacroF1));
            }

            var test = Rows(rows, vectors, splits, DataSplit.Test, label, options);
            var testScores = test.Select(r => (double)Probability(head, r.Features)).ToList();
            var testLabels = test.Select(r => r.Label).ToList();
            var f1 = BinaryMetrics.F1([.. testScores.Select(s => s >= threshold)], testLabels);
            var measured = new HeadMetrics(name, threshold, BinaryMetrics.Auc(testScores, testLabels), f1.F1, f1.MacroF1, testLabels.Count(l => l), testLabels.Count(l => !l));
            log?.WriteLine($"head {name}: train {train.Count}, validation {validation.Count}, test {test.Count}; non-zero weights {w.Count(x => x != 0)}; threshold {threshold:F3}; test AUC {measured.Auc:F4}, F1 {measured.F1:F4}, macro-F1 {measured.MacroF1:F4}");
            documents.Add(new HeadDocument(name, category, model.Bias, slope, offset, threshold));
            weights.Add(w);
            metrics.Add(measured);
        }

        var metadata = new ModelMetadata
        {
            Seed = options.Seed,
            Trainer = $"ML.NET SdcaNonCalibrated (log loss, L2 {options.L2Regularization}, L1 {options.L1Regularization}, {options.MaxIterations} passes, 1 thread, class-balanced {options.BalanceClasses}, source weights {string.Join(", ", options.SourceWeights.Select(w => $"{w.Key} {w.Value}"))}) + Platt calibration on the validation split",
            Sources = sources,
            Split = new SplitSizes(splits.Count(s => s == DataSplit.Train), splits.Count(s => s == DataSplit.Validation), splits.Count(s => s == DataSplit.Test)),
            Metrics = metrics,
        };
        var document = new ModelDocument(metadata, options.Features, documents);
        using var file = new MemoryStream();
        ModelFile.Write(file, document, weights, mlNetModels);
        var bytes = file.ToArray();
        return new TrainingResult(ToxicityClassifier.Load(new MemoryStream(bytes), "trained model"), bytes, metrics) { Validation = validationFigures };
    }

    // The validation rows that name a protected group (see HateThresholdGroups), the only posts the rule reports the
    // hate head for, for choosing its threshold; null (every row) when there are too few of either class.
    private static List<int>? GroupRows(List<MLNetRows.FeatureRow> validation, HashedFeaturizer featurizer, TrainingOptions options)
    {
        const int MinimumPerClass = 20;
        var lexicons = options.Features.Lexicons.Select(l => l.Name).ToList();
        var indices = options.HateThresholdGroups
            .Select(name => lexicons.IndexOf(name))
            .Where(i => i >= 0)
            .Select(i => featurizer.LexiconOffset + i)
            .ToHashSet();
        var picked = Enumerable.Range(0, validation.Count)
            .Where(i => indices.Overlaps(validation[i].Features.GetIndices().ToArray()))
            .ToList();
        var positives = picked.Count(i => validation[i].Label);
        return positives < MinimumPerClass || picked.Count - positives < MinimumPerClass ? null : picked;
    }

    private static float Linear(LinearBinaryModelParameters model, VBuffer<float> features)
    {
        var sum = model.Bias;
        var indices = features.GetIndices();
        var values = features.GetValues();
        for (var i = 0; i < indices.Length; i++)
        {
            sum += model.Weights[indices[i]] * values[i];
        }

        return sum;
    }

    private static float Probability(ClassifierHead head, VBuffer<float> features) =>
        head.Probability(head.LinearScore(features.GetIndices(), features.GetValues()));

    /// <summary>The indices of the rows of one split that carry a label for the head, in order: the rows <see cref="Rows"/> returns.</summary>
    private static List<int> Picked(IReadOnlyList<LabelledText> rows, DataSplit[] splits, DataSplit split, Func<LabelledText, bool?> label) =>
        [.. Enumerable.Range(0, rows.Count).Where(i => splits[i] == split && label(rows[i]) is not null)];

    private static List<MLNetRows.FeatureRow> Rows(IReadOnlyList<LabelledText> rows, VBuffer<float>[] vectors, DataSplit[] splits, DataSplit split, Func<LabelledText, bool?> label, TrainingOptions options)
    {
        var picked = Picked(rows, splits, split, label);
        var positives = picked.Count(i => label(rows[i]) == true);
        var negatives = picked.Count - positives;
        var positiveWeight = options.BalanceClasses && positives > 0 ? picked.Count / (2f * positives) : 1f;
        var negativeWeight = options.BalanceClasses && negatives > 0 ? picked.Count / (2f * negatives) : 1f;
        return [.. picked.Select(i =>
        {
            var positive = label(rows[i]) == true;
            var sourceWeight = options.SourceWeights.TryGetValue(rows[i].Source, out var sw) ? sw : 1f;
            return new MLNetRows.FeatureRow { Label = positive, Weight = (positive ? positiveWeight : negativeWeight) * sourceWeight, Features = vectors[i] };
        })];
    }
}
