using System.Diagnostics;
using BBConduct.Rules.ML;
using BBConduct.Rules.ML.Evaluation;
using BBConduct.Rules.ML.Model;
using BBConduct.Rules.ML.Training;

// Trains and evaluates the BBConduct toxicity model. From the repository root:
//   dotnet run -c Release --project tools/BBConduct.Train -- train     (rebuilds the shipped model and docs/model-card.md)
//   dotnet run -c Release --project tools/BBConduct.Train -- evaluate  (re-measures a model and rewrites the card)
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var root = Option("--root", FindRoot());
var data = Option("--data", Path.GetFullPath(Path.Combine(root, "..", "shared", "data")));
var own = Path.Combine(root, "data", "training", "school-posts.jsonl");
var modelPath = Option("--out", Option("--model", Path.Combine(root, "src", "BBConduct.Rules.ML", "Model", "toxicity.bbmodel")));
var cardPath = Option("--card", Path.Combine(root, "docs", "model-card.md"));
var seed = int.Parse(Option("--seed", "42"), System.Globalization.CultureInfo.InvariantCulture);

switch (command)
{
    case "train":
    {
        var clock = Stopwatch.StartNew();
        var davidsonPath = Path.Combine(data, "davidson-hate-offensive", "labeled_data.csv");
        var davidson = TrainingData.Read(davidsonPath, "davidson");
        var school = TrainingData.Read(own, "school-posts");
        var sources = new[]
        {
            TrainingData.Describe(davidsonPath, davidson, "MIT (Davidson et al. 2017)"),
            TrainingData.Describe(own, school, "MIT (written for BBConduct)"),
        };
        var options = new TrainingOptions
        {
            Seed = seed,
            L2Regularization = float.Parse(Option("--l2", "1e-6"), System.Globalization.CultureInfo.InvariantCulture),
            L1Regularization = float.Parse(Option("--l1", "1e-5"), System.Globalization.CultureInfo.InvariantCulture),
            Features = new() { WordShare = double.Parse(Option("--word-share", "0.5"), System.Globalization.CultureInfo.InvariantCulture) },
            SourceWeights = new Dictionary<string, float> { ["school-posts"] = float.Parse(Option("--own-weight", "10"), System.Globalization.CultureInfo.InvariantCulture) },
        };
        Console.WriteLine($"Training on {davidson.Count} Davidson rows + {school.Count} school posts, seed {seed}.");
        var result = ToxicityTrainer.Train([.. davidson, .. school], sources, options, Console.Out);
        Console.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:F1} s; model file {result.ModelFile.Length:N0} bytes.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        File.WriteAllBytes(modelPath, result.ModelFile);
        Console.WriteLine($"Wrote {modelPath}.");
        Evaluate(result.Classifier, own, modelPath);
        break;
    }

    case "evaluate":
        Evaluate(ToxicityClassifier.Load(modelPath), own, modelPath);
        break;

    case "bench":
    {
        var clock = Stopwatch.StartNew();
        var classifier = args.Contains("--model") ? ToxicityClassifier.Load(modelPath) : ToxicityClassifier.LoadDefault();
        Console.WriteLine($"Load (first call, cold process): {clock.Elapsed.TotalMilliseconds:F0} ms; model file {classifier.FileSize:N0} bytes");
        var texts = EvaluationSets.Davidson(data).Select(r => r.Text).ToList();
        for (var i = 0; i < 2000; i++)
        {
            classifier.Score(texts[i]);
        }

        clock.Restart();
        var sum = 0f;
        foreach (var t in texts)
        {
            sum += classifier.Score(t);
        }

        Console.WriteLine($"Fast path, one thread: {texts.Count / clock.Elapsed.TotalSeconds:N0} posts/s (checksum {sum:F2})");
        using var reference = classifier.CreateMLNetScorer();
        var sample = texts.Take(5000).ToList();
        foreach (var t in sample.Take(500))
        {
            reference.Score(t);
        }

        clock.Restart();
        foreach (var t in sample)
        {
            sum += reference.Score(t);
        }

        Console.WriteLine($"ML.NET PredictionEngine (same featurisation), one thread: {sample.Count / clock.Elapsed.TotalSeconds:N0} posts/s");
        break;
    }

    default:
        Console.WriteLine("usage: BBConduct.Train train|evaluate|bench [--data DIR] [--out|--model FILE] [--card FILE] [--seed N] [--own-weight W]");
        return 2;
}

return 0;

void Evaluate(ToxicityClassifier classifier, string ownData, string modelFile)
{
    var report = ModelEvaluation.Run(classifier, data, [ownData]);
    foreach (var r in report.InDomain.Concat(report.CrossDomain))
    {
        Console.WriteLine($"{r.Set,-50} n={r.Rows,6} pos={r.Positives,6} AUC={r.Auc:F3} F1={r.F1:F3} macroF1={r.MacroF1:F3} acc={r.Accuracy:F3}");
    }

    Console.WriteLine($"HateCheck accuracy {report.HateCheck.Accuracy:P1} over {report.HateCheck.Cases} cases");
    var card = ModelCard.Render(classifier, report, Path.GetFileName(modelFile));
    File.WriteAllText(cardPath, card);
    Console.WriteLine($"Wrote {cardPath}.");
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BBConduct.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
