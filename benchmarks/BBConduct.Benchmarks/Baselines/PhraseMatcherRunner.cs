using BBConduct.Rules.Matching;
using BBConduct.Rules.Text;

namespace BBConduct.Benchmarks.Baselines;

/// <summary>The project's own matcher on its own: normalise (fold, squeeze, tokenise), then one trie walk over the words.</summary>
internal sealed class PhraseMatcherRunner
{
    private readonly PhraseMatcher _matcher;
    private readonly NormalizedText _text = new();
    private readonly List<Hit> _hits = new(64);

    public PhraseMatcherRunner(IReadOnlyList<string> terms)
    {
        _matcher = new PhraseMatcher([.. terms.Select(t => new Term(t, LexiconId: 0))], allowLexicon: -1);
    }

    public int Count(string text)
    {
        _text.Load(text);
        _matcher.Match(_text, _hits);
        var found = _hits.Count;
        _hits.Clear();
        return found;
    }
}
