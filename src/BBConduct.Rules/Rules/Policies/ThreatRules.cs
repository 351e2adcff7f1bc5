using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 2.2 threatening communications, "fear of violence"; 3(c) "threatening or aggressive manner".</summary>
internal static class ThreatRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // "I'll smash your face in" threatens; "we smashed the final" and "this homework is killing me" do not:
        // violence needs an intention (or approval: "it should be legal to kill…") and a target other than the
        // speaker in the same sentence.
        var group = EqualityRules.AnyIdentity();
        var target = Detect.AnyOf(
            Detect.Lexicon("target.second-person"),
            Detect.Lexicon("target.third-person-object"),
            group,
            new PeopleDetector([Posts.Role.Staff, Posts.Role.Student, Posts.Role.Partner, Posts.Role.Other, Posts.Role.Parent], consent: null),
            new TitledNameDetector());
        // A violent word a negation just before denies: "I would never hurt…", "nobody should attack…", "welcomed, not attacked".
        Detector Asserted(Detector words) => Detect.NotPreceded(EqualityRules.Negation(), words, maxWords: 3);
        // With a dropped space too: "shouldkill" is both the intention and the violence, "iwant to" the intention, and
        // so is a group run into a modal ("womenshould all be shot").
        var intent = Detect.AnyOf(Detect.Lexicons("threat.intent", "threat.intent.glued", "identity.modal-glued", "slips.intent"), Detect.Lexicon("threat.endorse"));
        var violence = Asserted(EqualityRules.Violence());
        // "I'm battering him", "we're jumping him": the present tense of a plan, straight before the violent word.
        var planned = Detect.Preceded(Detect.Lexicon("threat.progressive"), violence, maxWords: 0);
        var aimed = Detect.InSameSentence(Detect.AnyOf(Detect.InSameSentence(violence, intent), planned), target);

        // Wished on a whole group, "dead", "suffer" or "eradicated" threaten too ("I want to see all … dead"), and a
        // violent command needs no intention word ("kill all …", "shoot every …").
        var atGroup = Detect.InSameSentence(Detect.InSameSentence(Asserted(Detect.Lexicon("threat.violence.group")), intent), group);
        var command = Detect.AnyOf(
            Detect.Preceded(violence, Detect.Preceded(Detect.Lexicon("quantifier.all"), group, maxWords: 1), maxWords: 0),
            Detect.Preceded(Detect.Lexicon("threat.command"), group, maxWords: 1),
            // The group run into the "all" of the command ("hang allwomen").
            Detect.Preceded(Detect.Lexicon("threat.command-verb"), EqualityRules.GluedIdentity(), maxWords: 0));

        // Condemned ("violence against … is never okay", "… should be punished", "saying you'd kill … is racist"),
        // reported ("when you said…"), quoted or denied ("no Muslim deserves to die", "no black person should…"), it
        // is no threat.
        var denied = Detect.AnyOf(EqualityRules.ThreatDenied(), Detect.Preceded(EqualityRules.Negation(), Detect.Preceded(group, intent, maxWords: 2), maxWords: 1));
        var threat = EqualityRules.Reported(Detect.Unless(Detect.AnyOf(aimed, atGroup, command), denied));
        yield return new PolicyRule(
            "threat.violence",
            Category.Threat,
            threat,
            "Threatens violence against someone. Threatening messages can be a criminal offence.");
        yield return new PolicyRule(
            "threat.intimidation",
            Category.Threat,
            Detect.Unless(EqualityRules.DirectThreat(), denied),
            "Intimidates someone or wishes violence on them. Threatening messages can be a criminal offence.");
    }
}
