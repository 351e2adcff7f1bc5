using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Subject evidence with companion evidence in the same sentence, covering both (the nearest companion).</summary>
internal sealed class SameSentenceDetector(Detector subject, Detector companion) : CombiningDetector(subject, companion)
{
    protected override void Combine(ScreeningContext context, List<Signal> subjects, List<Signal> others, List<Signal> output)
    {
        foreach (var s in subjects)
        {
            Signal? nearest = null;
            var best = int.MaxValue;
            foreach (var c in others)
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
}
