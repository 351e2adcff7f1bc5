using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Runs the inner detector only for posts whose context satisfies a predicate.</summary>
internal sealed class WhenDetector(Func<Post, bool> predicate, Detector inner) : Detector
{
    // The predicate is still asked when the inner detector cannot find anything: it is caller code and could throw,
    // which fails the post, so skipping it would change a result.
    internal override bool MayFind(ScreeningContext context)
    {
        if (inner.MayFind(context))
        {
            return true;
        }

        _ = predicate(context.Post);
        return false;
    }

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (predicate(context.Post))
        {
            inner.Detect(context, output);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => inner.Bind(binder);
}
