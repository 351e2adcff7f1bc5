using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Runs the inner detector only for posts whose context satisfies a predicate.</summary>
internal sealed class WhenDetector(Func<Post, bool> predicate, Detector inner) : Detector
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (predicate(context.Post))
        {
            inner.Detect(context, output);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => inner.Bind(binder);
}
