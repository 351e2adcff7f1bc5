using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence with companion evidence in the same sentence, covering both (the nearest companion).</summary>
internal sealed class SameSentenceDetector(Detector subject, Detector companion) : Detector
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
                Signal? nearest = null;
                var best = int.MaxValue;
                foreach (var c in companions)
                {
                    if (c.Sentence != s.Sentence || c.IsWholePost)
                    {
                        continue;
                    }

                    var distance = Math.Abs(c.Start - s.Start);
                    if (distance < best)
                    {
                        best = distance;
                        nearest = c;
                    }
                }

                if (nearest is { } n)
                {
                    output.Add(s.Cover(n));
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
