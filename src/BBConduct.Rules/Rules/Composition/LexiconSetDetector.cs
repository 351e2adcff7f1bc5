using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Every hit of any of several lexicons, each with its own lexicon's detail, in one pass over the hits: the same
/// evidence as an <see cref="AnyOfDetector"/> of <see cref="LexiconDetector"/>s, which would walk the hits once a list.
/// </summary>
internal sealed class LexiconSetDetector(string[] names) : Detector
{
    private int[] _ids = [];
    private string?[] _details = [];

    internal override bool IsPure => true;

    internal override bool MayFind(ScreeningContext context)
    {
        foreach (var id in _ids)
        {
            if (context.HasHits(id))
            {
                return true;
            }
        }

        return false;
    }

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (!MayFind(context))
        {
            return;
        }

        foreach (var hit in context.Hits)
        {
            var k = Array.IndexOf(_ids, hit.LexiconId);
            if (k >= 0)
            {
                output.Add(context.SignalFor(hit.FirstToken, hit.LastToken, _details[k]));
            }
        }
    }

    protected internal override void Bind(DetectorBinder binder)
    {
        var ids = new List<int>();
        var details = new List<string?>();
        foreach (var name in names)
        {
            var id = binder.ResolveLexicon(name);
            if (id >= 0)
            {
                ids.Add(id);
                details.Add(binder.Policy.Lexicons[id].Detail);
            }
        }

        _ids = [.. ids];
        _details = [.. details];
    }
}
