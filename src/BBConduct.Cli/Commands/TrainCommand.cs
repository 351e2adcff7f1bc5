using System.Globalization;
using BBConduct.Rules.ML.Featurization;
using BBConduct.Rules.ML.Training;

namespace BBConduct.Cli.Commands;

/// <summary>
/// <c>bbconduct train --data FILE… --out model.bbmodel</c>: trains a toxicity model from labelled posts (CSV
/// <c>text,toxic[,hate]</c>, JSONL <c>{"text","toxic","hate"}</c> or the Davidson CSV) with a fixed seed, prints the
/// held-out figures and writes a model that <c>check</c> and <c>scan</c> load with <c>--model</c>. A School retrains
/// on its own labelled posts this way; the shipped model is rebuilt by <c>tools/BBConduct.Train</c>, which adds the
/// evaluation-only sets and the model card.
/// </summary>
internal static class TrainCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, ["data", "out", "seed"], []);
        var files = parsed.Options("data");
        var output = parsed.Option("out") ?? throw new UsageException("train needs --out FILE for the model.");
        if (files.Count == 0)
        {
            throw new UsageException("train needs at least one --data FILE of labelled posts (.csv or .jsonl).");
        }

        var seed = parsed.Option("seed") is { } s
            ? int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException("--seed must be a whole number.")
            : 42;
        var rows = new List<LabelledText>();
        var sources = new List<BBConduct.Rules.ML.Model.DataSourceInfo>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"{file}: training file not found.");
            }

            try
            {
                var read = TrainingData.Read(file);
                rows.AddRange(read);
                sources.Add(TrainingData.Describe(file, read, "supplied by the School"));
            }
            catch (InvalidDataException ex)
            {
                throw new UsageException(ex.Message);
            }
        }

        if (rows.Select(r => r.Toxic).Distinct().Count() < 2)
        {
            throw new UsageException("the training data needs both toxic and clean posts.");
        }

        // The hate head (EqualityOffence) is trained only when the data carries hate labels of both kinds.
        var hateLabels = rows.Where(r => r.Hate is not null).Select(r => r.Hate).Distinct().Count();
        var options = new TrainingOptions
        {
            Seed = seed,
            Features = PolicyLexicons.With(new FeatureSettings { LexiconScale = 0.5f }),
            TrainHateHead = hateLabels == 2,
        };
        stdout.WriteLine($"Training on {rows.Count} rows from {files.Count} file(s), seed {seed}.");
        TrainingResult result;
        try
        {
            result = ToxicityTrainer.Train(rows, sources, options, stdout);
        }
        catch (InvalidOperationException ex)
        {
            // ML.NET refuses data it cannot learn from (for example a split left with one class); say so plainly.
            throw new UsageException($"training failed: {ex.Message}");
        }

        foreach (var m in result.Metrics)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out test, head {m.Head}: AUC {m.Auc:F3}, F1 {m.F1:F3}, macro-F1 {m.MacroF1:F3}, threshold {m.Threshold:F3} ({m.Positives} positive, {m.Negatives} negative)"));
        }

        File.WriteAllBytes(output, result.ModelFile);
        stdout.WriteLine($"Wrote {output} ({result.ModelFile.Length:N0} bytes). Use it with: bbconduct scan … --model {output}");
        return 0;
    }
}
