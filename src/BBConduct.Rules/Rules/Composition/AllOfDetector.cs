using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>The union of the evidence of several detectors, only when every one of them finds something.</summary>
internal sealed class AllOfDetector(Detector[] detectors) : Detector
{
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
