using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence, dropped where the exception finds something in the same sentence (or anywhere).</summary>
internal sealed class UnlessDetector(Detector subject, Detector exception, bool wholePost) : CombiningDetector(subject, exception)
{
    internal override bool MayFind(ScreeningContext context) => Subject.MayFind(context);

    protected override void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        if (others.Count == 0)
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
            foreach (var e in others)
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
}
