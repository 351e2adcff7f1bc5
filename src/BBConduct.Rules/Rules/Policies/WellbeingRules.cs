using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Section 3 "safeguard… young people": disclosures of self-harm or suicidal thoughts go to a person.</summary>
internal static class WellbeingRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "wellbeing.disclosure",
            Category.Wellbeing,
            Detect.AnyOf(
                Detect.Lexicon("wellbeing.disclosure"),
                Detect.Unless(Detect.InSameSentence(Detect.Lexicon("wellbeing.topic"), Detect.Lexicon("target.first-person")), Detect.Lexicon("wellbeing.awareness"))),
            "May be a disclosure of self-harm or suicidal thoughts. Please make sure the Designated Safeguarding Lead sees it today.");
    }
}
