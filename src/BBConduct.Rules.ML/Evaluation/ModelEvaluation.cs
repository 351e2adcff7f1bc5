using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Evaluation;

/// <summary>Runs a <see cref="ToxicityClassifier"/> over the held-out split and every evaluation-only set.</summary>
public static class ModelEvaluation
{
    /// <summary>Measures the classifier alone.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <param name="ownData">The hand-written training files, whose test split is measured too.</param>
    /// <param name="heldOutData">Hand-written files the model was never trained on, measured whole like the evaluation-only sets.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport Run(ToxicityClassifier classifier, string dataDirectory, IReadOnlyList<string>? ownData = null, IReadOnlyList<string>? heldOutData = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var seed = classifier.Metadata.Seed;
        var heads = Enumerable.Range(0, classifier.Heads.Count).ToList();
        var inDomain = new List<SetResult>();
        var davidson = EvaluationSets.Davidson(dataDirectory).Where(r => r.SplitFor(seed) == DataSplit.Test).ToList();
        var own = (ownData ?? []).SelectMany(p => TrainingData.Read(p)).Where(r => r.SplitFor(seed) == DataSplit.Test).ToList();
        foreach (var h in heads)
        {
            var head = classifier.Heads[h];
            Func<LabelledText, bool> label = head.Name == "hate" ? r => r.Hate == true : r => r.Toxic;
            List<LabelledText> Relabel(IEnumerable<LabelledText> rows) => [.. rows.Where(r => head.Name != "hate" || r.Hate is not null).Select(r => r with { Toxic = label(r) })];
            inDomain.Add(Evaluator.Score($"Davidson test split ({head.Name} head)", Relabel(davidson), t => classifier.Score(t, h), head.Threshold));
            if (own.Count > 0)
            {
                inDomain.Add(Evaluator.Score($"Own school posts test split ({head.Name} head)", Relabel(own), t => classifier.Score(t, h), head.Threshold));
            }
        }

        bool Any(string text)
        {
            Span<float> p = stackalloc float[classifier.Heads.Count];
            classifier.ScoreAll(text, p);
            for (var i = 0; i < p.Length; i++)
            {
                if (p[i] >= classifier.Heads[i].Threshold)
                {
                    return true;
                }
            }

            return false;
        }

        List<(string Name, List<LabelledText> Rows)> sets =
        [
            ("OLID test (level A)", EvaluationSets.OlidTest(dataDirectory)),
            ("Wikipedia identity", EvaluationSets.WikipediaIdentity(dataDirectory)),
            ("ETHOS (binary)", EvaluationSets.Ethos(dataDirectory)),
            ("Stormfront", EvaluationSets.Stormfront(dataDirectory)),
            .. (heldOutData ?? []).Select(p => ($"Own {Path.GetFileNameWithoutExtension(p)} (held out)", TrainingData.Read(p))),
        ];
        var cross = new List<SetResult>();
        foreach (var (name, rows) in sets)
        {
            foreach (var h in heads)
            {
                cross.Add(Evaluator.Score($"{name} ({classifier.Heads[h].Name} head)", rows, t => classifier.Score(t, h), classifier.Heads[h].Threshold));
            }

            if (heads.Count > 1)
            {
                cross.Add(Evaluator.Decide($"{name} (any head)", rows, Any));
            }
        }

        var hateCheck = Evaluator.HateCheck(EvaluationSets.HateCheck(dataDirectory), Any);
        var wiki = sets[1].Rows;
        var identity = Evaluator.IdentityFalsePositives(wiki, t => classifier.Score(t) >= classifier.Heads[0].Threshold);
        return new EvaluationReport(inDomain, cross, hateCheck, identity);
    }
}
