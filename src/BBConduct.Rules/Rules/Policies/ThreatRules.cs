using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 2.2 threatening communications, "fear of violence"; 3(c) "threatening or aggressive manner".</summary>
internal static class ThreatRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // "I'll smash your face in" threatens; "we smashed the final" and "this homework is killing me" do not:
        // violence needs an intention and a target other than the speaker in the same sentence.
        var target = Detect.AnyOf(
            Detect.Lexicon("target.second-person"),
            Detect.Lexicon("target.third-person-object"),
            EqualityRules.AnyIdentity(),
            new PeopleDetector([Posts.Role.Staff, Posts.Role.Student, Posts.Role.Partner, Posts.Role.Other, Posts.Role.Parent], consent: null),
            new TitledNameDetector());
        var violence = Detect.InSameSentence(
            Detect.InSameSentence(Detect.Lexicon("threat.violence"), Detect.Lexicon("threat.intent")),
            target);
        yield return new PolicyRule(
            "threat.violence",
            Category.Threat,
            Detect.Unless(violence, Detect.Lexicon("negation.threat")),
            "Threatens violence against someone. Threatening messages can be a criminal offence.");
        yield return new PolicyRule(
            "threat.intimidation",
            Category.Threat,
            Detect.Lexicon("threat.direct"),
            "Intimidates someone or wishes violence on them. Threatening messages can be a criminal offence.");
    }
}
