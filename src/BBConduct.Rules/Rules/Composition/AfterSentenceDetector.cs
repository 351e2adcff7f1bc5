using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Subject evidence in a sentence straight after one where the companion finds something ("I met some refugees.
/// They are parasites."). The span stays on the subject: the companion is context, in another sentence.
/// </summary>
internal sealed class AfterSentenceDetector(Detector subject, Detector companion) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = subject.IsPure && companion.IsPure;

    internal override bool IsPure => _pure;

    internal override bool MayFind(ScreeningContext context) =>
        subject.MayFind(context) && (!subject.IsPure || companion.MayFind(context));

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        var companions = context.RentSignals();
        try
        {
            subject.Detect(context, subjects);
            if (subjects.Count == 0)
            {
                return;
            }

            companion.Detect(context, companions);
            foreach (var s in subjects)
            {
                foreach (var c in companions)
                {
                    if (!c.IsWholePost && !s.IsWholePost && c.Sentence == s.Sentence - 1)
                    {
                        output.Add(s);
                        break;
                    }
                }
            }
        }
        finally
        {
            context.ReturnSignals(subjects);
            context.ReturnSignals(companions);
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        companion.Bind(binder);
    }
}
