using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Every hit of one lexicon from the screening pass.</summary>
internal sealed class LexiconDetector(string name) : Detector
{
    private int _lexiconId = -1;
    private string? _detail;

    public string Name => name;

    internal override bool IsPure => true;

    internal override bool MayFind(ScreeningContext context) => context.HasHits(_lexiconId);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        foreach (var hit in context.HitsOf(_lexiconId))
        {
            output.Add(context.SignalFor(hit.FirstToken, hit.LastToken, _detail));
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        _lexiconId = binder.ResolveLexicon(name);
        if (_lexiconId >= 0)
        {
            _detail = binder.Policy.Lexicons[_lexiconId].Detail;
        }
    }
}
