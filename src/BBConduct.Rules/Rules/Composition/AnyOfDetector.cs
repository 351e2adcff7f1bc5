using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>The union of the evidence of several detectors.</summary>
internal sealed class AnyOfDetector(Detector[] detectors) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = Array.TrueForAll(detectors, d => d.IsPure);

    internal override bool IsPure => _pure;

    internal override bool MayFind(ScreeningContext context)
    {
        foreach (var detector in detectors)
        {
            if (detector.MayFind(context))
            {
                return true;
            }
        }

        return false;
    }

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        foreach (var detector in detectors)
        {
            // A child that cannot find anything is skipped before it borrows working lists (MayFind's contract).
            if (detector.MayFind(context))
            {
                detector.Detect(context, output);
            }
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        foreach (var detector in detectors)
        {
            detector.Bind(binder);
        }
    }
}
