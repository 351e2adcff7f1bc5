using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Subject evidence kept (or dropped) when preceder evidence ends at most <c>maxWords</c> words before it in the same
/// sentence. The gap is counted in words, not characters, so zero-width characters cannot stretch it.
/// </summary>
internal sealed class PrecededDetector(Detector preceder, Detector subject, int maxWords, bool keep) : CombiningDetector(subject, preceder)
{
    // Kept evidence needs both; evidence dropped by a preceder needs only the subject.
    internal override bool MayFind(ScreeningContext context) => keep ? base.MayFind(context) : Subject.MayFind(context);

    protected override void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        foreach (var s in subjects)
        {
            Signal? found = null;
            foreach (var p in others)
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
}
