using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>One whole-post signal when the inner detector finds anything.</summary>
internal sealed class AnywhereDetector(Detector inner) : Detector
{
    internal override bool IsPure => inner.IsPure;

    internal override bool MayFind(ScreeningContext context) => inner.MayFind(context);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (inner.Any(context))
        {
            output.Add(Signal.WholePost);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => inner.Bind(binder);
}
