using System.Text.RegularExpressions;
using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Training;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.Evaluation;

/// <summary>
/// Measures any detector — a probability with a threshold, a yes/no function, or a whole <see cref="IConductScreener"/>
/// — on the labelled sets, HateCheck and the identity-term bias check, so the classifier and the engine are measured alike.
/// </summary>
public static class Evaluator
{
    /// <summary>
    /// The identity terms of Dixon et al. 2018 that the Wikipedia identity set was built around (multi-word terms
    /// match as phrases).
    /// </summary>
    public static readonly IReadOnlyList<string> IdentityTerms =
    [
        "lesbian", "gay", "bisexual", "transgender", "trans", "queer", "lgbt", "lgbtq", "homosexual", "straight", "heterosexual",
        "male", "female", "nonbinary", "african", "african american", "black", "white", "european", "hispanic", "latino", "latina",
        "mexican", "canadian", "american", "asian", "indian", "middle eastern", "chinese", "japanese", "christian", "muslim",
        "jewish", "buddhist", "catholic", "protestant", "sikh", "taoist", "old", "older", "young", "younger", "teenage",
        "millenial", "middle aged", "elderly", "blind", "deaf", "paralyzed",
    ];

    /// <summary>Scores a labelled set with probabilities and a threshold.</summary>
    /// <param name="set">The set's name.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="score">The detector's probability.</param>
    /// <param name="threshold">Flag at or above this.</param>
    /// <returns>The figures.</returns>
    public static SetResult Score(string set, IReadOnlyList<LabelledText> rows, Func<string, double> score, double threshold)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(score);
        var scores = rows.Select(r => score(r.Text)).ToList();
        return Result(set, rows, scores, [.. scores.Select(s => s >= threshold)]);
    }

    /// <summary>Scores a labelled set with a yes/no detector.</summary>
    /// <param name="set">The set's name.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="flag">The detector.</param>
    /// <returns>The figures.</returns>
    public static SetResult Decide(string set, IReadOnlyList<LabelledText> rows, Func<string, bool> flag)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(flag);
        var flags = rows.Select(r => flag(r.Text)).ToList();
        return Result(set, rows, [.. flags.Select(f => f ? 1.0 : 0.0)], flags);
    }

    /// <summary>Runs HateCheck: overall accuracy, per functionality and per target group.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="flag">The detector: does it flag the case as hateful?</param>
    /// <returns>The figures.</returns>
    public static HateCheckResult HateCheck(IReadOnlyList<HateCheckCase> cases, Func<string, bool> flag)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(flag);
        var results = cases.Select(c => (Case: c, Flagged: flag(c.Text))).ToList();
        static GroupResult Group(string name, IReadOnlyCollection<(HateCheckCase Case, bool Flagged)> group)
        {
            var negatives = group.Where(g => !g.Case.Hateful).ToList();
            return new GroupResult(
                name,
                group.Count,
                group.Count(g => g.Flagged == g.Case.Hateful) / (double)group.Count,
                negatives.Count,
                negatives.Count == 0 ? double.NaN : negatives.Count(g => g.Flagged) / (double)negatives.Count);
        }

        return new HateCheckResult(
            results.Count,
            results.Count(r => r.Flagged == r.Case.Hateful) / (double)results.Count,
            [.. results.GroupBy(r => r.Case.Functionality).Select(g => Group(g.Key, [.. g]))],
            [.. results.Where(r => r.Case.Target.Length > 0).GroupBy(r => r.Case.Target).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, [.. g]))]);
    }

    /// <summary>
    /// The false-positive rate on the non-toxic comments that mention each identity term (terms with at least
    /// <paramref name="minimum"/> such comments), the bias measure of Dixon et al. 2018.
    /// </summary>
    /// <param name="rows">The Wikipedia identity set.</param>
    /// <param name="flag">The detector.</param>
    /// <param name="minimum">The fewest non-toxic comments a term needs to be reported.</param>
    /// <returns>One row per term: non-toxic comments and the share flagged.</returns>
    public static IReadOnlyList<GroupResult> IdentityFalsePositives(IReadOnlyList<LabelledText> rows, Func<string, bool> flag, int minimum = 10)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(flag);
        var clean = rows.Where(r => !r.Toxic).Select(r => (Text: r.Text.ToLowerInvariant(), Flagged: flag(r.Text))).ToList();
        var results = new List<GroupResult>();
        foreach (var term in IdentityTerms)
        {
            var pattern = new Regex($@"\b{Regex.Escape(term)}\b", RegexOptions.CultureInvariant);
            var mentions = clean.Where(c => pattern.IsMatch(c.Text)).ToList();
            if (mentions.Count >= minimum)
            {
                var rate = mentions.Count(m => m.Flagged) / (double)mentions.Count;
                results.Add(new GroupResult(term, mentions.Count, 1 - rate, mentions.Count, rate));
            }
        }

        return results;
    }

    /// <summary>A yes/no detector from a screener: does screening the text as a public post report any of <paramref name="categories"/>?</summary>
    /// <param name="screener">The screener.</param>
    /// <param name="categories">The categories that count; none means any finding at all.</param>
    /// <returns>The detector.</returns>
    public static Func<string, bool> Flags(IConductScreener screener, params Category[] categories)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(categories);
        return text => screener.Screen(new Post(text)).Findings.Any(f => categories.Length == 0 || categories.Contains(f.Category));
    }

    private static SetResult Result(string set, IReadOnlyList<LabelledText> rows, List<double> scores, List<bool> flags)
    {
        var labels = rows.Select(r => r.Toxic).ToList();
        var f1 = BinaryMetrics.F1(flags, labels);
        return new SetResult(set, rows.Count, labels.Count(l => l), BinaryMetrics.Auc(scores, labels), f1.F1, f1.MacroF1, f1.Accuracy);
    }
}
