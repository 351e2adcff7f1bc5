using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>The union of the evidence of several detectors, only when every one of them finds something.</summary>
internal sealed class AllOfDetector(Detector[] detectors) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = Array.TrueForAll(detectors, d => d.IsPure);

    internal override bool IsPure => _pure;

    // The detectors run in order until one finds nothing: one that cannot find ends it, if all before it are pure.
    internal override bool MayFind(ScreeningContext context)
    {
        foreach (var detector in detectors)
        {
            if (!detector.MayFind(context))
            {
                return false;
            }

            if (!detector.IsPure)
            {
                return true;
            }
        }

        return true;
    }

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var start = output.Count;
        foreach (var detector in detectors)
        {
            var before = output.Count;
            detector.Detect(context, output);
            if (output.Count == before)
            {
                output.RemoveRange(start, output.Count - start);
                return;
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
