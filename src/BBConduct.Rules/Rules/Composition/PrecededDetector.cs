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
        if (subjects.Count * others.Count > SignalIndex.PairwiseLimit)
        {
            CombineIndexed(context, subjects, others, output);
            return;
        }

        foreach (var s in subjects)
        {
            Signal? found = null;
            foreach (var p in others)
            {
                if (Precedes(context, p, s))
                {
                    found = p;
                    break;
                }
            }

            Emit(s, found, output);
        }
    }

    /// <summary>
    /// The same as the nested loop, through the preceders grouped by sentence: each subject reads only its own
    /// sentence's preceders, in list order, so the first one found is the one the loop finds.
    /// </summary>
    private void CombineIndexed(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        var bySentence = SignalIndex.BySentence(others);
        try
        {
            var keys = bySentence.Keys;
            foreach (var s in subjects)
            {
                Signal? found = null;
                if (!s.IsWholePost)
                {
                    for (var k = bySentence.FirstOfSentence(s.Sentence); k < keys.Length && (int)(keys[k] >> 32) == s.Sentence; k++)
                    {
                        var p = others[(int)(uint)keys[k]];
                        if (Precedes(context, p, s))
                        {
                            found = p;
                            break;
                        }
                    }
                }

                Emit(s, found, output);
            }
        }
        finally
        {
            bySentence.Dispose();
        }
    }

    private bool Precedes(ScreeningContext context, Signal p, Signal s) =>
        !p.IsWholePost && p.Sentence == s.Sentence && p.End <= s.Start + 1 && context.WordsBetween(p.End, s.Start) <= maxWords;

    private void Emit(Signal s, Signal? found, List<Signal> output)
    {
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
