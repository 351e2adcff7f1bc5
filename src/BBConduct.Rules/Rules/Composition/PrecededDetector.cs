using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Subject evidence kept (or dropped) when preceder evidence ends at most <c>maxWords</c> words before it in the same
/// sentence. The gap is counted in words, not characters, so zero-width characters cannot stretch it.
/// </summary>
internal sealed class PrecededDetector(Detector preceder, Detector subject, int maxWords, bool keep) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = preceder.IsPure && subject.IsPure;

    internal override bool IsPure => _pure;

    // Kept evidence needs both; evidence dropped by a preceder needs only the subject.
    internal override bool MayFind(ScreeningContext context) =>
        subject.MayFind(context) && (!keep || !subject.IsPure || preceder.MayFind(context));

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        var preceders = context.RentSignals();
        try
        {
            subject.Detect(context, subjects);
            if (subjects.Count == 0)
            {
                return;
            }

            preceder.Detect(context, preceders);
            foreach (var s in subjects)
            {
                Signal? found = null;
                foreach (var p in preceders)
                {
                    if (!p.IsWholePost && p.Sentence == s.Sentence && p.End <= s.Start + 1 && context.WordsBetween(p.End, s.Start) <= maxWords)
                    {
                        found = p;
                        break;
                    }
                }

                if (keep && found is { } f)
                {
                    output.Add(s.Cover(f));
                }
                else if (!keep && found is null)
                {
                    output.Add(s);
                }
            }
        }
        finally
        {
            context.ReturnSignals(subjects);
            context.ReturnSignals(preceders);
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        preceder.Bind(binder);
        subject.Bind(binder);
    }
}
