using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence kept (or dropped) when it lies wholly inside a span of region evidence, such as a quotation.</summary>
internal sealed class WithinDetector(Detector subject, Detector region, bool keep) : Detector
{
    // Children are built before their parent and never change, so this is settled at construction.
    private readonly bool _pure = subject.IsPure && region.IsPure;

    internal override bool IsPure => _pure;

    // Kept evidence needs both; evidence dropped inside a region needs only the subject.
    internal override bool MayFind(ScreeningContext context) =>
        subject.MayFind(context) && (!keep || !subject.IsPure || region.MayFind(context));

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var subjects = context.RentSignals();
        var regions = context.RentSignals();
        try
        {
            subject.Detect(context, subjects);
            if (subjects.Count == 0)
            {
                return;
            }

            region.Detect(context, regions);
            foreach (var s in subjects)
            {
                var inside = false;
                foreach (var r in regions)
                {
                    if (!r.IsWholePost && !s.IsWholePost && r.Start <= s.Start && s.End <= r.End)
                    {
                        inside = true;
                        break;
                    }
                }

                if (inside == keep)
                {
                    output.Add(s);
                }
            }
        }
        finally
        {
            context.ReturnSignals(subjects);
            context.ReturnSignals(regions);
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        subject.Bind(binder);
        region.Bind(binder);
    }
}
