using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>The union of the evidence of several detectors.</summary>
internal sealed class AnyOfDetector(Detector[] detectors) : Detector
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        foreach (var detector in detectors)
        {
            detector.Detect(context, output);
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
