using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1: nothing "offensive to anyone in any of the seven Equality and Diversity strands".</summary>
internal static class EqualityRules
{
    private static readonly string[] Strands = ["race", "religion", "disability", "sexual-orientation", "gender", "age", "socio-economic"];

    /// <summary>The slur lexicons, one a strand.</summary>
    public static readonly string[] SlurLexicons = [.. Strands.Select(s => $"slur.{s}")];

    /// <summary>The lexicons naming protected groups, one a strand.</summary>
    public static readonly string[] IdentityLexicons = [.. Strands.Select(s => $"identity.{s}")];

    /// <summary>A slur of any strand, with its strand as detail.</summary>
    public static Detector AnySlur() => Detect.AnyOf([.. SlurLexicons.Select(Detect.Lexicon)]);

    /// <summary>A mention of any protected group ("women", "Muslims", "disabled people"…), with its strand as detail.</summary>
    public static Detector AnyIdentity() => Detect.AnyOf([.. IdentityLexicons.Select(Detect.Lexicon)]);

    /// <summary>
    /// A post whose words show its statement about a protected group to be friendly ("I love immigrants", "trans people
    /// are brilliant"), to deny a slur on it or protect it ("women are not inferior", "I don't hate Muslims", "no gay
    /// person deserves to be abused"), to report harm done to it ("trans pupils are being bullied"), to report, quote
    /// or condemn hate ("calling immigrants vermin is…", "when you said … are animals") or to reclaim a word for the
    /// writer's own community ("as a proud dyke"), and that holds no hostile wording at all: none of the rules' hate
    /// evidence, no demeaning word, insult or violent word that is neither negated nor reported, no swearing or direct
    /// threat, quotations aside. A bag-of-words classifier cannot read negation, praise or reported speech, so it
    /// defers to this reading.
    /// </summary>
    public static Detector NonHostileGroupStatement()
    {
        var identity = AnyIdentity();
        var negation = Negation();
        var denied = DeniedClaim(identity);
        var quoted = Patterns.Quotations();

        // A hostile word the writer says in their own voice: not negated, reported or part of a denied claim.
        Detector Asserted(Detector words) =>
            Detect.Outside(Detect.NotPreceded(Detect.Lexicon("report-frame"), Detect.NotPreceded(negation, words, maxWords: 3), maxWords: 4), denied);
        var benign = Detect.AnyOf(
            Detect.InSameSentence(Detect.NotPreceded(negation, Detect.Lexicon("praise"), maxWords: 3), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Detect.Lexicon("demeaning"), maxWords: 3), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Detect.Lexicon("harm"), maxWords: 3), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Detect.Lexicon("threat.violence"), maxWords: 3), identity),
            Detect.Preceded(negation, Detect.Preceded(identity, Detect.Lexicon("harm"), maxWords: 4), maxWords: 2),
            Detect.InSameSentence(Detect.Lexicon("victim"), identity),
            Detect.InSameSentence(Detect.Lexicon("negation.threat"), identity),
            denied,
            Detect.Preceded(Detect.Lexicon("report-frame"), identity, maxWords: 3),
            Detect.Preceded(Detect.Lexicon("self-reference"), AnySlur(), maxWords: 1),
            Detect.Preceded(AnySlur(), Detect.Lexicon("self-reference.after"), maxWords: 0),
            Detect.Within(identity, quoted));
        var hostile = Detect.Outside(Detect.AnyOf(
            GroupHate(),
            Asserted(Detect.Lexicon("demeaning")),
            Asserted(Detect.Lexicon("insult")),
            Detect.Lexicon("profanity"),
            Asserted(Detect.Lexicon("threat.violence")),
            Detect.Lexicon("threat.direct"),
            Detect.Lexicon("harassment.direct")), quoted);
        return Detect.UnlessAnywhere(benign, hostile);
    }

    public static IEnumerable<PolicyRule> Create()
    {
        var hate = GroupHateRules();
        yield return new PolicyRule("equality.slur", Category.EqualityOffence, hate.Slur, "Uses a slur against an Equality and Diversity strand.");
        yield return new PolicyRule(
            "equality.self-described",
            Category.Profanity,
            hate.SelfDescribed,
            "Uses a slur about the writer or their own community (often a reclaimed word): check that it is not aimed at anyone else.",
            Severity.Review);
        yield return new PolicyRule("equality.swearing-at-group", Category.EqualityOffence, hate.Swearing, "Swears at a group protected by the Equality and Diversity strands.");
        yield return new PolicyRule("equality.generalisation", Category.EqualityOffence, hate.Generalisation, "Demeans a group protected by the Equality and Diversity strands.");
        yield return new PolicyRule(
            "equality.negated-praise",
            Category.EqualityOffence,
            hate.NegatedPraise,
            "Denies a protected group respect, worth or welcome ('… are not welcome', 'I would never trust a …').");
        yield return new PolicyRule(
            "equality.generalisation-by-reference",
            Category.EqualityOffence,
            hate.ByReference,
            "Demeans a protected group named in the sentence before ('… They are …').");
    }

    // Every kind of hate against a group the rules report, as one detector.
    private static Detector GroupHate()
    {
        var hate = GroupHateRules();
        return Detect.AnyOf(hate.Slur, hate.Swearing, hate.Generalisation, hate.NegatedPraise, hate.ByReference);
    }

    private static GroupHateDetectors GroupHateRules()
    {
        // A slur right after the speaker names themselves ("as a proud dyke", "me and the other queers") or owned by
        // what follows it ("dyke and proud") is a reclaimed word: worth a look, not an equality offence against others.
        var selfReference = Detect.Lexicon("self-reference");
        var slurs = AnySlur();
        var ownedSlurs = Detect.Preceded(slurs, Detect.Lexicon("self-reference.after"), maxWords: 0);

        // "Women are vermin", "I hate Muslims": an identity group and a demeaning generalisation in one
        // sentence, unless negated ("are not vermin"), quoted to condemn it ("saying … is racist") or aimed at
        // someone's cruelty to the group ("I'm sick of people abusing immigrants").
        var identity = AnyIdentity();
        var demeaning = Detect.NotPreceded(Negation(), Detect.Lexicon("demeaning"), maxWords: 3);

        // "Fucking immigrants", "Muslims are shit": swearing aimed at a whole group.
        var swearingAtGroup = Detect.AnyOf(
            Detect.Preceded(Detect.Lexicon("profanity"), identity, maxWords: 1),
            Detect.InSameSentence(identity, Detect.Lexicon("profanity.at-group")));

        // "I met some refugees yesterday. They are all parasites.": the group is named, then demeaned through a pronoun.
        var pronoun = Detect.Lexicon("pronoun.group");
        return new GroupHateDetectors(
            Slur: Reported(Detect.Outside(Detect.NotPreceded(selfReference, slurs, maxWords: 1), ownedSlurs)),
            SelfDescribed: Detect.Unless(Detect.AnyOf(Detect.Preceded(selfReference, slurs, maxWords: 1), ownedSlurs), CounterSpeech()),
            Swearing: Reported(swearingAtGroup),
            Generalisation: Reported(Detect.Unless(Detect.Outside(Detect.InSameSentence(identity, demeaning), DeniedClaim(identity)), Detect.Lexicon("victim"))),
            NegatedPraise: Reported(NegatedPraise(identity)),
            ByReference: Reported(Detect.AfterSentenceWith(Detect.AnyOf(Detect.InSameSentence(demeaning, pronoun), NegatedPraise(pronoun)), identity)));
    }

    /// <summary>
    /// Hate that counter-speech condemns or reports in its sentence ("… is racist"; quoted: "'all X are Y' is
    /// rubbish"), or that a reporting frame introduces ("calling immigrants vermin is…"): cancelled only when the frame
    /// comes first, so "women are inferior, and anyone who says otherwise is lying" is still hateful. Threats use it too.
    /// </summary>
    internal static Detector Reported(Detector hate) =>
        Detect.Unless(Detect.NotPreceded(Detect.Lexicon("report-frame"), hate, maxWords: 3), CounterSpeech());

    // Words that condemn or report hate ("racist", "bigot"), or quotation marks around it.
    private static Detector CounterSpeech() => Detect.AnyOf(Detect.Lexicon("counter-speech"), Patterns.Quotations());

    // A good quality denied to a group or a warm attitude refused to it, in the orders English puts them: "I don't
    // think gay people are normal"; "Muslims are not welcome", "Black lives don't matter"; "I would never trust a
    // Muslim"; "I've never met a decent Asian", "nothing good about…"; "no immigrant has ever contributed".
    private static Detector NegatedPraise(Detector identity)
    {
        var negation = Negation();
        var quality = Detect.Lexicon("praise.quality");
        return Detect.AnyOf(
            Detect.Preceded(negation, Detect.Preceded(identity, quality, maxWords: 2), maxWords: 2),
            Detect.Preceded(identity, Detect.Preceded(negation, quality, maxWords: 2), maxWords: 2),
            Detect.Preceded(Detect.Preceded(negation, Detect.Lexicon("praise.attitude"), maxWords: 2), identity, maxWords: 1),
            Detect.Preceded(Detect.Preceded(negation, quality, maxWords: 2), identity, maxWords: 1),
            Detect.Preceded(Detect.Preceded(negation, identity, maxWords: 0), quality, maxWords: 3));
    }

    /// <summary>A negation, less the idioms that assert what follows ("no wonder…", "isn't it obvious…").</summary>
    internal static Detector Negation() => Detect.Outside(Detect.Lexicon("negation"), Detect.Lexicon("negation.idiom"));

    /// <summary>
    /// A claim about a group that a negation just before it denies: "I don't think black people are dangerous",
    /// "no Muslim deserves to die", "I'd never say women are inferior". Covers the negation to the claim.
    /// </summary>
    internal static Detector DeniedClaim(Detector identity) =>
        Detect.Preceded(Negation(), Detect.Preceded(identity, Detect.Lexicon("demeaning"), maxWords: 2), maxWords: 2);

    private sealed record GroupHateDetectors(Detector Slur, Detector SelfDescribed, Detector Swearing, Detector Generalisation, Detector NegatedPraise, Detector ByReference);
}
