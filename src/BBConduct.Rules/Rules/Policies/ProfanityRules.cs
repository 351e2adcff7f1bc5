using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 3(c) "foul, abusive or profane language", disguised or not.</summary>
internal static class ProfanityRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "profanity.lexicon",
            Category.Profanity,
            EqualityRules.InHostileSense("profanity"),
            "Contains swearing. Staff and students should not use foul or profane language online.");
        yield return new PolicyRule(
            "profanity.mild",
            Category.Profanity,
            Detect.Lexicon("profanity.mild"),
            "Contains mild swearing; consider rewording before publishing.",
            Severity.Advise);
    }
}
