using BBConduct.Rules.Findings;
using BBConduct.Rules.Matching;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Screening;

/// <summary>
/// A name the people registry lists is a name: a finding of swearing, sexual content, a slur or an insult that lies
/// wholly inside one ("Mr Dyke coached the team", "Peter Bonner", "Thanks to Mr Cock") is dropped. The registry is the
/// School's own list of its people, so it settles what those words mean there. The same word outside the name, an
/// insult reaching beyond it ("Mr Dyke is a …"), and the consent rules' findings about the name are still reported.
/// </summary>
internal static class RegisteredNames
{
    /// <summary>Removes from <paramref name="pending"/> the word-level findings that lie inside a registered name of the post.</summary>
    /// <param name="context">The post's context, with its hits.</param>
    /// <param name="pending">The findings collected for the post.</param>
    public static void DropWordFindingsInside(ScreeningContext context, List<PendingFinding> pending)
    {
        var names = context.Policy.PeopleLexiconId;
        if (pending.Count == 0 || !context.HasHits(names))
        {
            return;
        }

        var words = context.Words;
        var hits = context.HitsOf(names);
        var kept = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var finding = pending[i];
            if (!IsWordLevel(finding.Category) || finding.Length == 0 || !Inside(finding, hits, words))
            {
                pending[kept++] = finding;
            }
        }

        pending.RemoveRange(kept, pending.Count - kept);
    }

    private static bool IsWordLevel(Category category) =>
        category is Category.Profanity or Category.Sexual or Category.EqualityOffence or Category.Harassment;

    private static bool Inside(in PendingFinding finding, ReadOnlySpan<Hit> names, NormalizedText words)
    {
        foreach (var name in names)
        {
            if (words[name.FirstToken].OriginalStart <= finding.Start && finding.Start + finding.Length <= words[name.LastToken].OriginalEnd)
            {
                return true;
            }
        }

        return false;
    }
}
