using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence kept (or dropped) when preceder evidence ends within a few characters before it in the same sentence.</summary>
internal sealed class PrecededDetector(Detector preceder, Detector subject, int maxGap, bool keep) : Detector
{
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
                    if (!p.IsWholePost && p.Sentence == s.Sentence && p.End <= s.Start + 1 && s.Start - p.End <= maxGap)
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
