using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Model;
using BBConduct.Rules.ML.Training;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.Evaluation;

/// <summary>Runs a <see cref="ToxicityClassifier"/> over the held-out split and every evaluation-only set.</summary>
public static class ModelEvaluation
{
    // The set the identity-term bias is measured on.
    private const string WikipediaIdentity = "Wikipedia identity";

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
        var (davidson, own) = TestSplits(dataDirectory, seed, ownData);
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

        var sets = CrossDomainSets(dataDirectory, heldOutData);
        var cross = new List<SetResult>();
        foreach (var (name, rows, _) in sets)
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
        var identity = Evaluator.IdentityFalsePositives(WikipediaRows(sets), t => classifier.Score(t) >= classifier.Heads[0].Threshold);
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
        var (davidson, own) = TestSplits(dataDirectory, seed, ownData);
        var inDomain = new List<SetResult> { Evaluator.Decide("Davidson test split", davidson, offensive) };
        if (own.Count > 0)
        {
            inDomain.Add(Evaluator.Decide("Own school posts test split", own, offensive));
        }

        var sets = CrossDomainSets(dataDirectory, heldOutData);
        List<SetResult> cross = [.. sets.Select(s => Evaluator.Decide(s.Name, s.Rows, s.LabelsHate ? hate : offensive))];
        return new EvaluationReport(inDomain, cross, Evaluator.HateCheck(EvaluationSets.HateCheck(dataDirectory), hate), Evaluator.IdentityFalsePositives(WikipediaRows(sets), hate));
    }

    // The test split of the training sources, Davidson's and the project's own posts', both measured in-domain.
    private static (List<LabelledText> Davidson, List<LabelledText> Own) TestSplits(string dataDirectory, int seed, IReadOnlyList<string>? ownData) =>
        ([.. EvaluationSets.Davidson(dataDirectory).Where(r => r.SplitFor(seed) == DataSplit.Test)],
         [.. (ownData ?? []).SelectMany(p => TrainingData.Read(p)).Where(r => r.SplitFor(seed) == DataSplit.Test)]);

    // The evaluation-only sets in the card's order, each with whether its label is hate (ETHOS, Stormfront) rather than
    // offensive or toxic language.
    private static List<(string Name, List<LabelledText> Rows, bool LabelsHate)> CrossDomainSets(string dataDirectory, IReadOnlyList<string>? heldOutData) =>
    [
        ("OLID test (level A)", EvaluationSets.OlidTest(dataDirectory), false),
        (WikipediaIdentity, EvaluationSets.WikipediaIdentity(dataDirectory), false),
        ("ETHOS (binary)", EvaluationSets.Ethos(dataDirectory), true),
        ("Stormfront", EvaluationSets.Stormfront(dataDirectory), true),
        .. (heldOutData ?? []).Select(p => ($"Own {Path.GetFileNameWithoutExtension(p)} (held out)", TrainingData.Read(p), false)),
    ];

    private static List<LabelledText> WikipediaRows(List<(string Name, List<LabelledText> Rows, bool LabelsHate)> sets) =>
        sets.First(s => s.Name == WikipediaIdentity).Rows;
}
