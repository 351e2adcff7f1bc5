using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Model;
using BBConduct.Rules.ML.Training;
using BBConduct.Rules.Screening;

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

    /// <summary>
    /// Measures a whole screener on the same sets, with a yes/no decision (so the AUC is the mean of the true-positive
    /// and true-negative rates) that follows each set's label: where the label is offensive or toxic language (Davidson,
    /// OLID, Wikipedia, the project's own posts) a post counts as flagged when the screener reports EqualityOffence,
    /// Harassment, Threat, Profanity or Sexual; where it is hate (ETHOS, Stormfront, HateCheck), EqualityOffence,
    /// Harassment or Threat. The identity-term bias counts a non-toxic Wikipedia comment as flagged when it is reported
    /// as abuse (EqualityOffence, Harassment or Threat): being reported for a group's mere mention, not for a swear word.
    /// The in-domain rows are the test split of the classifier's training sources.
    /// </summary>
    /// <param name="screener">The screener: the rules alone, or the rules with the classifier's rule.</param>
    /// <param name="seed">The seed that split the training sources (the classifier's <see cref="ModelMetadata.Seed"/>).</param>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <param name="ownData">The hand-written training files, whose test split is measured too.</param>
    /// <param name="heldOutData">Hand-written files the model was never trained on, measured whole.</param>
    /// <returns>The report.</returns>
    public static EvaluationReport RunScreener(IConductScreener screener, int seed, string dataDirectory, IReadOnlyList<string>? ownData = null, IReadOnlyList<string>? heldOutData = null)
    {
        ArgumentNullException.ThrowIfNull(screener);
        var hate = Evaluator.Flags(screener, Category.EqualityOffence, Category.Harassment, Category.Threat);
        var offensive = Evaluator.Flags(screener, Category.EqualityOffence, Category.Harassment, Category.Threat, Category.Profanity, Category.Sexual);
        var inDomain = new List<SetResult>
        {
            Evaluator.Decide("Davidson test split", [.. EvaluationSets.Davidson(dataDirectory).Where(r => r.SplitFor(seed) == DataSplit.Test)], offensive),
        };
        var own = (ownData ?? []).SelectMany(p => TrainingData.Read(p)).Where(r => r.SplitFor(seed) == DataSplit.Test).ToList();
        if (own.Count > 0)
        {
            inDomain.Add(Evaluator.Decide("Own school posts test split", own, offensive));
        }

        var wiki = EvaluationSets.WikipediaIdentity(dataDirectory);
        List<SetResult> cross =
        [
            Evaluator.Decide("OLID test (level A)", EvaluationSets.OlidTest(dataDirectory), offensive),
            Evaluator.Decide("Wikipedia identity", wiki, offensive),
            Evaluator.Decide("ETHOS (binary)", EvaluationSets.Ethos(dataDirectory), hate),
            Evaluator.Decide("Stormfront", EvaluationSets.Stormfront(dataDirectory), hate),
            .. (heldOutData ?? []).Select(p => Evaluator.Decide($"Own {Path.GetFileNameWithoutExtension(p)} (held out)", TrainingData.Read(p), offensive)),
        ];
        return new EvaluationReport(inDomain, cross, Evaluator.HateCheck(EvaluationSets.HateCheck(dataDirectory), hate), Evaluator.IdentityFalsePositives(wiki, hate));
    }
}
