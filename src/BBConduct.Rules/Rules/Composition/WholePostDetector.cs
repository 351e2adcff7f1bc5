using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Always whole-post evidence; combined with <see cref="WhenDetector"/> for context-only rules.</summary>
internal sealed class WholePostDetector : Detector
{
    internal override bool IsPure => true;

    public override void Detect(ScreeningContext context, List<Signal> output) => output.Add(Signal.WholePost);
}
