using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Subject evidence in a sentence straight after one where the companion finds something ("I met some refugees.
/// They are parasites."). The span stays on the subject: the companion is context, in another sentence.
/// </summary>
internal sealed class AfterSentenceDetector(Detector subject, Detector companion) : CombiningDetector(subject, companion)
{
    protected override void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        foreach (var s in subjects)
        {
            foreach (var c in others)
            {
                if (!c.IsWholePost && !s.IsWholePost && c.Sentence == s.Sentence - 1)
                {
                    output.Add(s);
                    break;
                }
            }
        }
    }
}
