using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence, kept only when the companion finds something anywhere in the post.</summary>
internal sealed class SamePostDetector(Detector subject, Detector companion) : Detector
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var start = output.Count;
        subject.Detect(context, output);
        if (output.Count > start && !companion.Any(context))
        {
            output.RemoveRange(start, output.Count - start);
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        companion.Bind(binder);
    }
}
