using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// A paired detector that combines the two children's evidence signal by signal. Both lists are borrowed from the
/// context, and the second detector runs only once the subject has found something.
/// </summary>
internal abstract class CombiningDetector(Detector subject, Detector other) : PairedDetector(subject, other)
{
    public sealed override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        try
        {
            Subject.Detect(context, subjects);
            if (subjects.Count > 0)
            {
                // Borrowed only now: most calls end above, with no subject evidence.
                var others = context.RentSignals();
                try
                {
                    Other.Detect(context, others);
                    Combine(context, subjects, others, output);
                }
                finally
                {
                    context.ReturnSignals(others);
                }
            }
        }
        finally
        {
            context.ReturnSignals(subjects);
        }
    }

    /// <summary>Appends to <paramref name="output"/> what the subject's evidence becomes, given the other detector's.</summary>
    /// <param name="context">The post being screened.</param>
    /// <param name="subjects">The subject's evidence; never empty.</param>
    /// <param name="others">The other detector's evidence; may be empty.</param>
    /// <param name="output">Where to append.</param>
    protected abstract void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output);
}
