using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// A titled name that signs a message off: the last words of its text ("… I'll pay your bus fare. Miss Grant",
/// "… - Mr Stone"), nothing but punctuation, spaces or emoji after it.
/// </summary>
internal sealed class SignOffDetector : Detector
{
    private readonly TitledNameDetector _names = new();

    internal override bool IsPure => true;

    /// <inheritdoc/>
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var names = context.RentSignals();
        try
        {
            _names.Detect(context, names);
            if (names.Count > 0 && EndsText(context.Text, names[^1]))
            {
                output.Add(names[^1]);
            }
        }
        finally
        {
            context.ReturnSignals(names);
        }
    }

    private static bool EndsText(string text, Signal name)
    {
        for (var i = name.Start + name.Length; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
