using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Subject evidence, kept only when the companion finds something anywhere in the post. Written straight into the
/// output (no borrowed lists), and the companion is only asked whether it finds anything.
/// </summary>
internal sealed class SamePostDetector(Detector subject, Detector companion) : PairedDetector(subject, companion)
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var start = output.Count;
        Subject.Detect(context, output);
        if (output.Count > start && !Other.Any(context))
        {
            output.RemoveRange(start, output.Count - start);
        }
    }
}
