using BBConduct.Rules.ML;

namespace BBConduct.Cli.Commands;

/// <summary>Which toxicity classifier a command adds to the rules: the shipped one (default), one from <c>--model FILE</c>, or none (<c>--no-model</c>).</summary>
/// <param name="Enabled">Whether to add the classifier at all.</param>
/// <param name="Path">A model file to load instead of the shipped one.</param>
/// <param name="HarassmentThreshold">A probability to flag Harassment at instead of the model's validated threshold.</param>
internal sealed record ModelChoice(bool Enabled, string? Path, double? HarassmentThreshold = null)
{
    /// <summary>The option that overrides the Harassment head's threshold.</summary>
    public const string ThresholdOption = "model-threshold";

    /// <summary>
    /// The Harassment threshold the command line uses unless told otherwise. The model's own threshold is fitted on
    /// its validation split (Davidson-like tweets, mostly abusive); on school posts it flagged 6% of clean posts.
    /// 0.7 was chosen on the labelled school suite (the rules' development set) as the lowest threshold that keeps
    /// its Harassment clean rate at or above 0.95; the blind held-out suite reports what that costs on unseen posts.
    /// </summary>
    public const double SchoolHarassmentThreshold = 0.7;

    /// <summary>The option and flag names every screening command accepts.</summary>
    public const string ModelOption = "model";

    /// <inheritdoc cref="ModelOption"/>
    public const string NoModelFlag = "no-model";

    public static ModelChoice From(Arguments parsed)
    {
        var path = parsed.Option(ModelOption);
        if (path is not null && parsed.Flag(NoModelFlag))
        {
            throw new UsageException("--model and --no-model cannot be used together.");
        }

        double? threshold = null;
        if (parsed.Option(ThresholdOption) is { } text)
        {
            threshold = double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1
                ? value
                : throw new UsageException($"--{ThresholdOption} must be a probability between 0 and 1, not '{text}'.");
        }

        return new ModelChoice(!parsed.Flag(NoModelFlag), path, threshold ?? SchoolHarassmentThreshold);
    }

    /// <summary>Loads the classifier rule, or returns <see langword="null"/> when the model is off.</summary>
    public ToxicityClassifierRule? CreateRule()
    {
        if (!Enabled)
        {
            return null;
        }

        if (Path is null)
        {
            return new ToxicityClassifierRule(new ToxicityClassifierOptions { HarassmentThreshold = HarassmentThreshold });
        }

        try
        {
            using var stream = ScreenerFactory.OpenInput(Path, "model");
            return new ToxicityClassifierRule(new ToxicityClassifierOptions { Classifier = ToxicityClassifier.Load(stream, Path), HarassmentThreshold = HarassmentThreshold });
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException or EndOfStreamException or InvalidOperationException)
        {
            throw new UsageException($"{Path}: not a BBConduct model file ({ex.GetType().Name}).");
        }
    }
}
