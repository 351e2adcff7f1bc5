using BBConduct.Rules.ML;

namespace BBConduct.Cli.Commands;

/// <summary>Which toxicity classifier a command adds to the rules: the shipped one (default), one from <c>--model FILE</c>, or none (<c>--no-model</c>).</summary>
/// <param name="Enabled">Whether to add the classifier at all.</param>
/// <param name="Path">A model file to load instead of the shipped one.</param>
internal sealed record ModelChoice(bool Enabled, string? Path)
{
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

        return new ModelChoice(!parsed.Flag(NoModelFlag), path);
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
            return new ToxicityClassifierRule();
        }

        try
        {
            using var stream = ScreenerFactory.OpenInput(Path, "model");
            return new ToxicityClassifierRule(new ToxicityClassifierOptions { Classifier = ToxicityClassifier.Load(stream, Path) });
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException or EndOfStreamException or InvalidOperationException)
        {
            throw new UsageException($"{Path}: not a BBConduct model file ({ex.GetType().Name}).");
        }
    }
}
