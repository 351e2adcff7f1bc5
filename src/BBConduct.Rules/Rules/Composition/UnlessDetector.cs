using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence, dropped where the exception finds something in the same sentence (or anywhere).</summary>
internal sealed class UnlessDetector(Detector subject, Detector exception, bool wholePost) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = subject.IsPure && exception.IsPure;

    internal override bool IsPure => _pure;

    internal override bool MayFind(ScreeningContext context) => subject.MayFind(context);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        var exceptions = context.RentSignals();
        try
        {
            subject.Detect(context, subjects);
            if (subjects.Count == 0)
            {
                return;
            }

            exception.Detect(context, exceptions);
            if (exceptions.Count == 0)
            {
                output.AddRange(subjects);
                return;
            }

            if (wholePost)
            {
                return;
            }

            foreach (var s in subjects)
            {
                var cancelled = false;
                foreach (var e in exceptions)
                {
                    if (e.IsWholePost || e.Sentence == s.Sentence)
                    {
                        cancelled = true;
                        break;
                    }
                }

                if (!cancelled)
                {
                    output.Add(s);
                }
            }
        }
        finally
        {
            context.ReturnSignals(subjects);
            context.ReturnSignals(exceptions);
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        exception.Bind(binder);
    }
}
