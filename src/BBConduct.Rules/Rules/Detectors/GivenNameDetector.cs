using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// A first name on its own, as pupils name one another ("jake stole the ipads", "Amy cheated"), not the first name
/// of a full name ("William Morris's Strawberry Thief", "Oliver Cromwell"), which is most often a public figure.
/// </summary>
internal sealed class GivenNameDetector : Detector
{
    /// <summary>The policy's lexicon of common first names.</summary>
    public const string Lexicon = "names.first";

    private readonly Detector _names = Rules.Detect.Lexicon(Lexicon);

    internal override bool IsPure => _names.IsPure;

    internal override bool MayFind(ScreeningContext context) => _names.MayFind(context);

    /// <inheritdoc/>
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var found = context.RentSignals();
        try
        {
            _names.Detect(context, found);
            var words = context.Words;
            foreach (var name in found)
            {
                var next = context.FirstWordAtOrAfter(name.End);
                if (next >= words.TokenCount || words[next].Sentence != name.Sentence || (words[next].Flags & TokenFlags.Capitalized) == 0)
                {
                    output.Add(name);
                }
            }
        }
        finally
        {
            context.ReturnSignals(found);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => _names.Bind(binder);
}
