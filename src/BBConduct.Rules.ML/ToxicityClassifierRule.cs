using System.Globalization;
using System.Runtime.CompilerServices;
using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.Model;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Rules.Policies;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML;

/// <summary>
/// The classifier as a rule of the screener: reports Harassment when the toxicity head's probability reaches its
/// threshold (EqualityOffence instead when the post names a protected group and nobody is addressed or named: abuse
/// aimed only at a group is an equality offence) and EqualityOffence when the hate head's does, with the probability
/// as <see cref="Finding.Score"/>, the most responsible words as the span (the whole post when no word stands out)
/// and the clause from the screener's policy.
/// </summary>
public sealed class ToxicityClassifierRule : IConductRule, IAppendingRule
{
    private readonly ToxicityClassifier _classifier;
    private readonly (int Head, Category Category, double Threshold)[] _heads;
    private readonly Severity _severity;
    private readonly bool _useRuleContext;
    private readonly bool _reportEqualityOffence;

    // Lexicons of the embedded policy that say who a post is aimed at, and that it condemns or quotes rather than abuses.
    // Not the bare demonstratives ("what the fuck is that", "that was close"): they point at things as often as at people.
    private static readonly string[] PersonTargets = ["target.second-person", "target.third-person", "registry.people"];
    private static readonly string[] Targets = [.. PersonTargets, .. EqualityRules.IdentityLexicons];

    // An Equality and Diversity offence is about a protected group: one of these names it (or insults it with a slur).
    private static readonly string[] Groups = [.. EqualityRules.IdentityLexicons, .. EqualityRules.SlurLexicons];

    // The rules' reading of a friendly, denied, reported or reclaimed statement about a group, bound once per compiled
    // policy (a rule instance may serve several screeners).
    private readonly ConditionalWeakTable<CompiledPolicy, Detector> _nonHostile = [];

    // The rules' reading of words that condemn or report hate, less those that describe a group ("Muslims are hateful").
    private readonly ConditionalWeakTable<CompiledPolicy, Detector> _counterSpeech = [];

    /// <summary>Builds the rule; the options are validated here, not when posts are screened.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    public ToxicityClassifierRule(ToxicityClassifierOptions? options = null)
    {
        options ??= new ToxicityClassifierOptions();
        options.Validate();
        _classifier = options.Classifier ?? ToxicityClassifier.LoadDefault();
        _severity = options.Severity;
        _useRuleContext = options.UseRuleContext;
        _reportEqualityOffence = options.ReportEqualityOffence;
        var heads = new List<(int, Category, double)>();
        for (var i = 0; i < _classifier.Heads.Count; i++)
        {
            var head = _classifier.Heads[i];
            if (head.Category == Category.EqualityOffence && !options.ReportEqualityOffence)
            {
                continue;
            }

            var threshold = head.Category switch
            {
                Category.Harassment => options.HarassmentThreshold ?? head.Threshold,
                Category.EqualityOffence => options.EqualityThreshold ?? head.Threshold,
                _ => head.Threshold,
            };
            heads.Add((i, head.Category, threshold));
        }

        _heads = [.. heads];
    }

    /// <summary>The rule id reported in findings.</summary>
    public string Id => "ml.toxicity";

    /// <summary>The classifier the rule uses.</summary>
    public ToxicityClassifier Classifier => _classifier;

    /// <inheritdoc/>
    public void Evaluate(ScreeningContext context, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var text = context.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // Scored as the rules read it: with the space between a group and the word run into it ("Muslimfamily") and
        // the word a slip, spaced letters or a mask stood for ("mulsims", "f u c k"): the model learnt words, not their
        // disguises. Only such posts pay for the copy.
        var readable = ReadableText.Of(context);
        Span<float> probabilities = stackalloc float[_classifier.Heads.Count];
        _classifier.ScoreAll(readable.Text, probabilities);
        bool? defers = null;
        foreach (var (head, headCategory, threshold) in _heads)
        {
            if (!Reports(context, probabilities, head, headCategory, threshold, ref defers))
            {
                continue;
            }

            var category = headCategory;
            if (_useRuleContext && _reportEqualityOffence && category == Category.Harassment && !context.HasAnyHit(PersonTargets))
            {
                // Abuse aimed only at a group, with nobody addressed or named, is an equality offence, not harassment
                // of a person; when the hate head reports the post too, its finding is the one kept.
                if (HateHeadReports(context, probabilities, ref defers))
                {
                    continue;
                }

                category = Category.EqualityOffence;
            }

            // Only flagged posts pay for the explanation, from the features just counted for the score.
            var explained = _classifier.ExplainLastScored(head, probabilities[head]);
            var (start, length) = readable.ToOriginal(explained.Start, explained.Length);
            var explanation = explained with { Start = start, Length = length };
            var settings = context.Policy.Policy.For(category);
            findings.Add(new Finding
            {
                RuleId = Id,
                Category = category,
                Severity = _severity,
                Start = explanation.Start,
                Length = explanation.Length,
                Excerpt = text.Substring(explanation.Start, explanation.Length),
                Clause = settings.Clause,
                Message = Message(category, probabilities[head]),
                EscalateTo = settings.EscalateTo,
                Score = probabilities[head],
                Detail = _classifier.Heads[head].Name,
            });
        }
    }

    // `defers` is the rules' verdict that the post is counter-speech or a non-hostile group statement: the same for
    // every head, so it is worked out once a post, when a head first needs it (null until then).
    private bool Reports(ScreeningContext context, ReadOnlySpan<float> probabilities, int head, Category category, double threshold, ref bool? defers) =>
        probabilities[head] >= threshold && (!_useRuleContext || ContextAllows(context, category, ref defers));

    private bool HateHeadReports(ScreeningContext context, ReadOnlySpan<float> probabilities, ref bool? defers)
    {
        foreach (var (head, category, threshold) in _heads)
        {
            if (category == Category.EqualityOffence && Reports(context, probabilities, head, category, threshold, ref defers))
            {
                return true;
            }
        }

        return false;
    }

    private bool ContextAllows(ScreeningContext context, Category category, ref bool? defers) => category switch
    {
        Category.Harassment => context.HasAnyHit(Targets),
        Category.EqualityOffence => context.HasAnyHit(Groups),
        _ => true,
    } && !(defers ??= Bound(_counterSpeech, context.Policy, EqualityRules.CounterSpeechCue).Any(context)
        || Bound(_nonHostile, context.Policy, EqualityRules.NonHostileGroupStatement).Any(context));

    // A policy without the lexicons it names simply finds nothing there, so binding errors are not the rule's concern.
    private Detector Bound(ConditionalWeakTable<CompiledPolicy, Detector> detectors, CompiledPolicy policy, Func<Detector> create) =>
        detectors.GetValue(policy, p =>
        {
            var detector = create();
            detector.Bind(new DetectorBinder(p, Id, []));
            return detector;
        });

    // Invariant, so a result reads the same whatever the culture of the machine that screened it.
    private static string Message(Category category, float probability) => category == Category.EqualityOffence
        ? string.Create(CultureInfo.InvariantCulture, $"The classifier rates this as likely hateful towards a protected group ({probability:P0}); a person should check it.")
        : string.Create(CultureInfo.InvariantCulture, $"The classifier rates this as likely abusive or harassing ({probability:P0}); a person should check it.");
}
