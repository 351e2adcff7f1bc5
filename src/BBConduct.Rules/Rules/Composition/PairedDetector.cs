using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// A detector that weighs a subject's evidence against a second detector's (a companion, preceder, region or
/// exception). Both lists are borrowed from the context, and the second detector runs only once the subject has found
/// something.
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

    public sealed override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        var others = context.RentSignals();
        try
        {
            subject.Detect(context, subjects);
            if (subjects.Count == 0)
            {
                return;
            }

            other.Detect(context, others);
            Combine(context, subjects, others, output);
        }
        finally
        {
            context.ReturnSignals(subjects);
            context.ReturnSignals(others);
        }
    }

    /// <summary>Appends to <paramref name="output"/> what the subject's evidence becomes, given the other detector's.</summary>
    /// <param name="context">The post being screened.</param>
    /// <param name="subjects">The subject's evidence; never empty.</param>
    /// <param name="others">The other detector's evidence; may be empty.</param>
    /// <param name="output">Where to append.</param>
    protected abstract void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output);

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        other.Bind(binder);
    }
}
