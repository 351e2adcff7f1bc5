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

    // Position in _ids of each lexicon id of the policy, -1 for the others: one read per hit instead of a search.
    private int[] _positions = [];

    // A bit per lexicon id, set for the set's own: MayFind, asked many times a post by the detectors above, is one
    // AND a 64 lexicons.
    private ulong[] _mask = [];

    internal override bool IsPure => true;

    internal override bool MayFind(ScreeningContext context) => context.HasHits(_mask);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (!MayFind(context))
        {
            return;
        }

        var positions = _positions;
        foreach (var hit in context.Hits)
        {
            var k = (uint)hit.LexiconId < (uint)positions.Length ? positions[hit.LexiconId] : -1;
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
        _mask = ScreeningContext.LexiconMask(binder.Policy, _ids);
        _positions = new int[binder.Policy.Lexicons.Count];
        Array.Fill(_positions, -1);
        for (var k = _ids.Length - 1; k >= 0; k--)
        {
            // From the end, so a lexicon named twice keeps its first position, as a search would find it.
            _positions[_ids[k]] = k;
        }
    }
}
