using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.2 bullet 7: respect copyright, cite sources; plagiarism applies online.</summary>
internal static class CopyrightRules
{
    /// <summary>A quotation this long needs its source named.</summary>
    private const int LongQuotationWords = 25;

    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "copyright.repost",
            Category.Copyright,
            Detect.Lexicon("copyright.cue"),
            "Looks like someone else's photo or writing reposted without permission or credit. Cite the source or ask permission.");
        var citation = Detect.AnyOf(Detect.Lexicon("citation"), Detect.Pattern(Patterns.Citation()));
        yield return new PolicyRule(
            "copyright.uncited-quotation",
            Category.Copyright,
            new QuotationDetector(LongQuotationWords, citation),
            "A long quotation without a named source. Say where it comes from.");
    }
}
