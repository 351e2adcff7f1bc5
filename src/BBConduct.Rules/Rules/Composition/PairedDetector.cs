using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// A detector of two children: a subject whose evidence is kept, dropped or widened, and a second detector it is
/// weighed against (a companion, preceder, region or exception). Owns what the two share: purity, the "needs both"
/// shortcut and binding.
/// </summary>
internal abstract class PairedDetector(Detector subject, Detector other) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = subject.IsPure && other.IsPure;

    internal override bool IsPure => _pure;

    // Evidence that needs both: the second detector is only looked for once the subject found something, so a pure
    // subject that cannot find ends it, and one found in vain leaves no trace. A detector whose subject evidence
    // stands without the second (an exception, a region that drops) overrides this.
    internal override bool MayFind(ScreeningContext context) =>
        subject.MayFind(context) && (!subject.IsPure || other.MayFind(context));

    /// <summary>The detector whose evidence is kept, dropped or widened.</summary>
    protected Detector Subject => subject;

    /// <summary>The detector it is weighed against.</summary>
    protected Detector Other => other;

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        other.Bind(binder);
    }
}
