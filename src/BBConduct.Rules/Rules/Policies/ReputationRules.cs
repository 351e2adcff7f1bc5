using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 bullet 5: nothing that could reflect negatively on you, your family or the School.</summary>
internal static class ReputationRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "reputation.conduct",
            Category.Reputation,
            Detect.Lexicon("reputation"),
            "Describes drinking, drugs or other conduct that could reflect badly on you or the School.");
    }
}
