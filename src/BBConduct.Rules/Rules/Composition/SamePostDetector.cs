using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence, kept only when the companion finds something anywhere in the post.</summary>
internal sealed class SamePostDetector(Detector subject, Detector companion) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = subject.IsPure && companion.IsPure;

    internal override bool IsPure => _pure;

    // The companion is only looked for once the subject found something: without a subject nothing runs, and a pure
    // subject found in vain leaves no trace.
    internal override bool MayFind(ScreeningContext context) =>
        subject.MayFind(context) && (!subject.IsPure || companion.MayFind(context));

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
