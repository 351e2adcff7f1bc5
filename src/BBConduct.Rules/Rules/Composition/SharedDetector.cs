using System.Runtime.InteropServices;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// A pure detector that many rules contain, worked out once a post: every shared detector of the same name bound to a
/// policy hands out the signals the first one of them found in the post. The name stands for the detector's
/// construction, so one factory method owns it (<see cref="Rules.Detect.Shared"/>).
/// </summary>
/// <remarks>
/// Only for detectors whose signals depend on the post alone and that change nothing but their output (lexicons,
/// the project's own patterns and their combinations): a second evaluation is skipped, so it must be unobservable.
/// </remarks>
internal sealed class SharedDetector : Detector
{
    private readonly string _name;
    private readonly Detector _inner;
    private int _slot = -1;

    public SharedDetector(string name, Detector inner)
    {
        _name = name;
        _inner = inner;
    }

    internal override bool IsPure => _inner.IsPure;

    // Once worked out for the post, the signals answer exactly (and at once: the inner tree is often deep).
    internal override bool MayFind(ScreeningContext context) =>
        context.SharedSignals(_slot) is { } signals ? signals.Count > 0 : _inner.MayFind(context);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var signals = context.SharedSignals(_slot);
        if (signals is null)
        {
            signals = context.StartShared(_slot);
            _inner.Detect(context, signals);
            context.EndShared(_slot);
        }

        output.AddRange(CollectionsMarshal.AsSpan(signals));
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        _inner.Bind(binder);
        _slot = binder.Policy.SharedSlot(_name);
    }
}
