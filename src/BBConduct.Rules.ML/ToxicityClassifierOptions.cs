using BBConduct.Rules.Findings;

namespace BBConduct.Rules.ML;

/// <summary>Options of <see cref="ToxicityClassifierRule"/>; the defaults use the shipped model and its validated thresholds.</summary>
public sealed class ToxicityClassifierOptions
{
    /// <summary>The model to use; <see langword="null"/> for <see cref="ToxicityClassifier.LoadDefault"/>.</summary>
    public ToxicityClassifier? Classifier { get; set; }

    /// <summary>Overrides the toxicity head's threshold (Harassment); <see langword="null"/> keeps the model's.</summary>
    public double? HarassmentThreshold { get; set; }

    /// <summary>Overrides the hate head's threshold (EqualityOffence); <see langword="null"/> keeps the model's.</summary>
    public double? EqualityThreshold { get; set; }

    /// <summary>
    /// Whether the rules' reading of the post may overrule the model (default on): a Harassment finding needs someone
    /// it is aimed at (you, a name, a group, he/she), an EqualityOffence finding needs a protected group named (or a
    /// slur), and neither head reports a post the rules read as counter-speech or as quoting someone else. Policy 1.1
    /// and 2.1 are about abuse aimed at people and groups, which untargeted swearing is not.
    /// </summary>
    public bool UseRuleContext { get; set; } = true;

    /// <summary>
    /// Whether the classifier reports EqualityOffence findings: the hate head's (when the model has one), and the
    /// toxicity head's on posts aimed only at a group, which are otherwise reported as Harassment.
    /// </summary>
    public bool ReportEqualityOffence { get; set; } = true;

    /// <summary>
    /// The severity of the classifier's findings. <see cref="Severity.Review"/> by default: a model's suspicion goes to a
    /// person rather than blocking on its own.
    /// </summary>
    public Severity Severity { get; set; } = Severity.Review;

    /// <summary>Checks the options; called when the rule is built.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside [0, 1].</exception>
    public void Validate()
    {
        Check(HarassmentThreshold, nameof(HarassmentThreshold));
        Check(EqualityThreshold, nameof(EqualityThreshold));
        if (!Enum.IsDefined(Severity))
        {
            throw new ArgumentOutOfRangeException(nameof(Severity), Severity, "ToxicityClassifierOptions.Severity is not a severity.");
        }
    }

    private static void Check(double? threshold, string name)
    {
        if (threshold is { } t && (t is < 0 or > 1 || double.IsNaN(t)))
        {
            throw new ArgumentOutOfRangeException(name, t, $"ToxicityClassifierOptions.{name} must be a probability between 0 and 1.");
        }
    }
}
