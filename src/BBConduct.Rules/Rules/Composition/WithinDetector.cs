using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence kept (or dropped) when it lies wholly inside a span of region evidence, such as a quotation.</summary>
internal sealed class WithinDetector(Detector subject, Detector region, bool keep) : CombiningDetector(subject, region)
{
    // Kept evidence needs both; evidence dropped inside a region needs only the subject.
    internal override bool MayFind(ScreeningContext context) => keep ? base.MayFind(context) : Subject.MayFind(context);

    protected override void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        if (subjects.Count * others.Count > SignalIndex.PairwiseLimit)
        {
            CombineIndexed(subjects, others, output);
            return;
        }

        foreach (var s in subjects)
        {
            var inside = false;
            foreach (var r in others)
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

    /// <summary>The same as the nested loop, through the regions sorted by start: for long posts with many signals.</summary>
    private void CombineIndexed(List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        var regions = SignalIndex.ByStartWithReach(others);
        try
        {
            foreach (var s in subjects)
            {
                var inside = !s.IsWholePost && regions.Covers(s.Start, s.End);
                if (inside == keep)
                {
                    output.Add(s);
                }
            }
        }
        finally
        {
            regions.Dispose();
        }
    }
}
