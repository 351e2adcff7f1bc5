using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.2: "Do not reference School employees or partners without their express consent."</summary>
internal static class ConsentRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // Official School posts by staff are work; the clause is about personal blogs and social media.
        yield return new PolicyRule(
            "consent.unconsented-reference",
            Category.UnconsentedReference,
            Detect.When(PostConditions.IsPersonal, new PeopleDetector([Role.Staff], consent: false)),
            "Names a member of staff whose consent to be referenced is not on record.");
        yield return new PolicyRule(
            "consent.unconsented-partner",
            Category.UnconsentedReference,
            Detect.When(PostConditions.IsPersonal, new PeopleDetector([Role.Partner], consent: false)),
            "Names a partner organisation whose consent to be referenced is not on record.");
        yield return new PolicyRule(
            "consent.unregistered-staff",
            Category.UnconsentedReference,
            Detect.When(PostConditions.IsPersonal, new TitledNameDetector()),
            "Appears to name a member of staff (a title and surname) who is not in the people registry, so no consent is on record.");
    }
}
