using BBConduct.Rules.Matching;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>Runs a matcher over a text the way the screener does: normalised first, hits in token order.</summary>
internal static class MatcherHits
{
    /// <summary>The hits of <paramref name="matcher"/> in <paramref name="text"/>.</summary>
    public static List<Hit> HitsIn(this PhraseMatcher matcher, string text)
    {
        var normalized = new NormalizedText();
        normalized.Load(text);
        var hits = new List<Hit>();
        matcher.Match(normalized, hits);
        return hits;
    }
}
