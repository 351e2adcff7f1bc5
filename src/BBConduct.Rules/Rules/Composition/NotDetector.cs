using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Whole-post evidence when the inner detector finds nothing.</summary>
internal sealed class NotDetector(Detector inner) : Detector
{
    internal override bool IsPure => inner.IsPure;

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (!inner.Any(context))
        {
            output.Add(Signal.WholePost);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => inner.Bind(binder);
}
