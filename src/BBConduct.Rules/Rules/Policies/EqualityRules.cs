using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1: nothing "offensive to anyone in any of the seven Equality and Diversity strands".</summary>
internal static class EqualityRules
{
    private static readonly string[] Strands = ["race", "religion", "disability", "sexual-orientation", "gender", "age", "socio-economic"];

    /// <summary>
    /// The slur lexicons, one a strand, each with its companion of forms with a dropped space (".glued") and the
    /// rules' own list (".more").
    /// </summary>
    public static readonly string[] SlurLexicons = [.. Strands.SelectMany(s => new[] { $"slur.{s}", $"slur.{s}.glued", $"slur.{s}.more" })];

    /// <summary>
    /// The lexicons naming protected groups, one a strand, each with its companion of forms with a dropped space and
    /// the rules' own list (".more": one member, "a refugee"; a nationality with a person noun, "Polish builders").
    /// </summary>
    public static readonly string[] IdentityLexicons = [.. Strands.SelectMany(s => new[] { $"identity.{s}", $"identity.{s}.glued", $"identity.{s}.more" })];

    /// <summary>
    /// Demeaning wording: the lexicon the classifier also reads, the implicit tropes the rules add to it, both with a
    /// dropped space ("make mesick"); a hostile verb or disgust glued to the group ("ihatewomen", "womendisgust"); the
    /// rest of a demeaning phrase right after a group glued to the phrase's opening verb ("muslimsshould be banned":
    /// the glued word holds the "should" of "should be banned") or right before a group glued to its last word ("can't
    /// standwomen"); and a group removed, barred or judged for what it is (Removal).
    /// </summary>
    public static Detector Demeaning() => Detect.Shared("equality.demeaning", Detect.AnyOf(
        // Not "belong in" when the place is a welcome one ("… belong in mainstream schools"), nor "hate" as the noun of
        // a harm done to a group ("… is a hate crime", "anti-Asian hate").
        Detect.Outside(
            Detect.Lexicons("demeaning", "demeaning.glued", "demeaning.implicit", "demeaning.implicit.glued"),
            Detect.AnyOf(Detect.Lexicon("belong.welcome"), HateAsANoun())),
        Detect.Within(GluedIdentity(), Detect.Pattern(Patterns.HostileVerbGlued())),
        Detect.Within(GluedIdentity(), Detect.Pattern(Patterns.DisgustGlued())),
        Detect.Preceded(Detect.Lexicons("identity.verb-glued", "identity.modal-glued"), Detect.Lexicon("demeaning.after-verb"), maxWords: 0),
        Detect.Preceded(Detect.Lexicon("demeaning.before-glued"), GluedIdentity(), maxWords: 0),
        Removal(),
        Described(),
        Avoided(),
        BetterWithout(),
        RightsDenied(),
        AcceptanceOnConditions(),
        Disclaimed(),
        Backhanded(),
        Pest()));

    // "Hate" naming a harm done to a group, not a group's or the writer's feeling: "hate crime", "hate speech" and their
    // kin, and "anti-" before the group ("anti-Asian hate", "anti-trans hate crimes").
    private static Detector HateAsANoun() => Detect.AnyOf(
        Detect.Lexicon("demeaning.noun-use"),
        Detect.Preceded(Detect.Preceded(Detect.Lexicon("prefix.anti"), AnyIdentity(), maxWords: 0), Detect.Lexicon("demeaning"), maxWords: 0));

    // A group removed or barred without a demeaning word: "kick … out", "keep the … out", "round … up", "send … back"
    // (the verb, at most one word, the group, its own particle straight after), "no … allowed", "no place for …"; or its identity
    // judged (IdentityJudged). Not the groups a school moves about in its own news ("kick the girls out of the sports
    // hall"), nor verbs that often take pupils ("send … home", "get … out").
    private static Detector Removal()
    {
        var group = Detect.Outside(AnyIdentity(), Detect.Lexicon("removal.pupils"));
        Detector Moved(string verbs, string particle) =>
            Detect.Preceded(Detect.Preceded(Detect.Lexicon(verbs), group, maxWords: 1), Detect.Lexicon(particle), maxWords: 0);
        return Detect.AnyOf(
            Moved("removal.verb-out", "removal.out"),
            Moved("removal.verb-up", "removal.up"),
            Moved("removal.verb-off", "removal.off"),
            Detect.Preceded(Detect.Preceded(Detect.Lexicon("barred.before"), group, maxWords: 0), Detect.Lexicon("barred.after"), maxWords: 0),
            Detect.Preceded(Detect.Lexicon("barred.place"), group, maxWords: 0),
            IdentityJudged());
    }

    // A word that demeans a group only when said of it: its predicate after the group or a pronoun for it ("… are
    // dirty", "they're so sneaky", "… are not dirty" for the negation to deny), in a question ("why are … so dirty?",
    // "no way are … dirty"), or next to the group ("sneaky …", "nothing sinister about …"). The word's own span, so the
    // phrases built on Demeaning read it as they read any demeaning word.
    private static Detector Described()
    {
        var word = Detect.Lexicon("demeaning.predicate");
        var copula = Detect.Lexicon("describe.copula");
        var identity = AnyIdentity();
        var subject = GroupSubject();
        return Detect.Within(word, Detect.AnyOf(
            Detect.Preceded(subject, Detect.Preceded(copula, word, maxWords: 2), maxWords: 0),
            Detect.Preceded(copula, Detect.Preceded(subject, word, maxWords: 2), maxWords: 1),
            Detect.Preceded(Detect.Lexicon("describe.pronoun-copula"), word, maxWords: 2),
            Detect.Preceded(word, identity, maxWords: 1)));
    }

    // A group, or a pronoun that stands for one, as the subject of what is said of it (Described, Pest).
    private static Detector GroupSubject() => Detect.AnyOf(AnyIdentity(), Detect.Lexicon("pronoun.group"));

    // A member of a group refused as company: "I'd rather walk than sit next to an old person", "I'd rather the NHS
    // fell apart than be treated by an immigrant doctor" (the group after "than", four words at most; not "rather
    // than" itself, "rather than blaming immigrants…"), "I wouldn't let my sister sit next to a Muslim", "I'd move seats
    // before sitting next to a gay lad".
    private static Detector Avoided()
    {
        var group = AnyIdentity();
        var rather = Detect.Outside(Detect.Lexicon("avoid.rather"), Detect.Lexicon("avoid.rather-than"));
        return Detect.AnyOf(
            Detect.Preceded(rather, Detect.Preceded(Detect.Lexicon("avoid.than"), group, maxWords: 4), maxWords: 8),
            Detect.Preceded(Detect.Lexicon("avoid.intent"), Detect.Preceded(Detect.Lexicon("avoid.near"), group, maxWords: 1), maxWords: 3));
    }

    // A place said to be better for a group's absence: "this town was lovely before the immigrants turned up", "our
    // school would be so much calmer without the Muslim lads".
    private static Detector BetterWithout() => Detect.Preceded(Detect.Lexicon("better.without"), AnyIdentity(), maxWords: 2);

    // A group denied a right or a role, the denial straight after it: "gay men shouldn't be PE teachers", "old people
    // should stop voting", "women should never be allowed to drive". Not "… shouldn't have to fight for a ramp".
    private static Detector RightsDenied() =>
        Detect.Preceded(AnyIdentity(), Detect.Preceded(Detect.Lexicon("rights.denial"), Detect.Lexicon("rights.role"), maxWords: 1), maxWords: 1);

    // Acceptance made conditional on a group changing, with the demand after it: "if Travellers want respect, they can
    // start by…", "if Christians want a say, they can leave their religion at the door". Not "if refugees want to join
    // the club, sign-up is at reception" (no acceptance asked for) nor "… we must use their pronouns" (no demand on them).
    private static Detector AcceptanceOnConditions() =>
        Detect.Preceded(
            Detect.Preceded(Detect.Preceded(Detect.Lexicon("if"), AnyIdentity(), maxWords: 1), Detect.Lexicon("want.acceptance"), maxWords: 0),
            Detect.Lexicon("condition.demand"),
            maxWords: 4);

    // Praise that holds only against a low view of the group: "he's surprisingly normal for a trans guy", "for a refugee
    // he's pretty well-behaved" (a quality next to "for a" and the group, with a subject cue, he's or surprisingly, so
    // "it's normal for a Muslim to fast" is not read), "he's Jewish but surprisingly generous" (the group, then the
    // exception made of one member).
    private static Detector Backhanded()
    {
        var identity = AnyIdentity();
        var quality = Detect.Lexicon("backhanded.quality");
        var subject = Detect.Lexicon("backhanded.subject");
        var forGroup = Detect.Preceded(Detect.Lexicon("backhanded.for"), identity, maxWords: 1);
        return Detect.AnyOf(
            Detect.Preceded(subject, Detect.Preceded(quality, forGroup, maxWords: 0), maxWords: 2),
            Detect.Preceded(forGroup, Detect.Preceded(subject, quality, maxWords: 2), maxWords: 1),
            Detect.Preceded(identity, Detect.Lexicon("backhanded.but"), maxWords: 0));
    }

    // The group as pests, the subject of a verb or a simile that makes it one: "… breed like rabbits", "refugees are
    // infesting our towns" (the verb straight after the group, perhaps through a copula), "… spread like a contagion
    // through schools" (the simile at most four words after).
    private static Detector Pest()
    {
        var verb = Detect.Lexicon("demeaning.verb");
        var subject = GroupSubject();
        return Detect.AnyOf(
            Detect.Within(verb, Detect.AnyOf(
                Detect.Preceded(subject, verb, maxWords: 0),
                Detect.Preceded(subject, Detect.Preceded(Detect.Lexicon("describe.copula"), verb, maxWords: 1), maxWords: 0))),
            Detect.Preceded(subject, Detect.Lexicon("demeaning.simile"), maxWords: 4));
    }

    // "Nothing against black people but…": the disclaimer names the group the rest of the sentence derogates.
    private static Detector Disclaimed() =>
        Detect.Preceded(Detect.Preceded(Detect.Lexicon("disclaimer.before"), AnyIdentity(), maxWords: 1), Detect.Lexicon("disclaimer.but"), maxWords: 1);

    // "Being gay is a sin", "being trans is a mental illness": the identity itself judged. Only straight after "being"
    // and the group, so "bullying disabled pupils is wrong" (a judgement of the bullying) is not read.
    private static Detector IdentityJudged() =>
        Detect.Preceded(Detect.Preceded(Detect.Lexicon("being"), AnyIdentity(), maxWords: 0), Detect.Lexicon("being.judgement"), maxWords: 0);

    /// <summary>A group run into the word before or after it ("allwomen", "muslimsare"), with its strand as detail.</summary>
    public static Detector GluedIdentity() => Detect.Lexicons([.. Strands.Select(s => $"identity.{s}.glued")]);

    /// <summary>Violent words, with their forms run into a neighbour ("shouldkill", "killthem").</summary>
    public static Detector Violence() => Detect.Lexicons("threat.violence", "threat.violence.glued", "threat.violence.more");

    /// <summary>Direct threats and wishes of harm, with their forms with a dropped space ("deserveto die").</summary>
    public static Detector DirectThreat() => Detect.Lexicons("threat.direct", "threat.direct.glued", "threat.direct.more");

    /// <summary>A slur of any strand, with its strand as detail; not a word read in its everyday sense ("the dyke along the river").</summary>
    public static Detector AnySlur() => Detect.Shared("equality.any-slur", Detect.Outside(
        Detect.Outside(Detect.Lexicons(SlurLexicons), EverydaySense()),
        Detect.Preceded(Detect.Lexicon("gay.lame"), Detect.Lexicon("gay.noun-after"), maxWords: 0)));

    /// <summary>
    /// A word that is a slur or an insult in one sense and an everyday word in another, used in the everyday one: the
    /// sentence speaks of that sense's world ("faggots in onion gravy", "the dyke held back the sea", "the bitch had
    /// puppies", "cheese and crackers") or uses the word as a verb ("to retard the growth", "could cripple the network"),
    /// and nothing in the sentence aims it at people (a group, a demeaning or violent word, another insult or swear
    /// word, "you …"/"that …" just before it).
    /// </summary>
    public static Detector EverydaySense()
    {
        var word = Detect.Lexicon("homonym.word");
        var aimed = Detect.AnyOf(
            Detect.Outside(AnyIdentity(), word),
            Demeaning(),
            Detect.Outside(Detect.Lexicon("insult"), word),
            Detect.Outside(Detect.Lexicon("profanity"), word),
            Detect.Lexicon("threat.violence"),
            Detect.Preceded(Detect.Lexicon("target.demonstrative"), word, maxWords: 1));
        return Detect.Shared("equality.everyday-sense", Detect.Unless(
            Detect.AnyOf(
                Detect.InSameSentence(word, Detect.Lexicon("homonym.sense")),
                Detect.Preceded(Detect.Lexicon("homonym.verb-before"), word, maxWords: 0)),
            aimed));
    }

    /// <summary>A lexicon's words, less those read in their everyday sense (<see cref="EverydaySense"/>).</summary>
    public static Detector InHostileSense(string lexicon) => Detect.Outside(Detect.Lexicon(lexicon), EverydaySense());

    /// <summary>A mention of any protected group ("women", "Muslims", "disabled people"…), with its strand as detail.</summary>
    public static Detector AnyIdentity() => Detect.Lexicons(IdentityLexicons);

    /// <summary>
    /// A post whose words show its statement about a protected group to be friendly ("I love immigrants", "trans people
    /// are brilliant"), to deny a slur on it or protect it ("women are not inferior", "I don't hate Muslims", "no gay
    /// person deserves to be abused"), to report harm done to it ("trans pupils are being bullied"), to report, quote
    /// or condemn hate ("calling immigrants vermin is…", "when you said … are animals") or to reclaim a word for the
    /// writer's own community ("as a proud dyke"), and that holds no hostile wording at all: none of the rules' hate
    /// evidence, no demeaning word, insult or violent word that is neither negated nor reported, no swearing at the
    /// group or direct threat, quotations aside. Swearing counts only when aimed at the group (GroupHate's swearing):
    /// the rest is emphasis or aimed at the hater ("… are not vermin, have some fucking decency"). A bag-of-words
    /// classifier cannot read negation, praise or reported speech, so it defers to this reading.
    /// </summary>
    public static Detector NonHostileGroupStatement()
    {
        var identity = AnyIdentity();
        var negation = Negation();
        var denied = DeniedClaim();
        var quoted = Patterns.Quotations();

        // A hostile word the writer says in their own voice: not negated, reported or part of a denied claim.
        Detector Asserted(Detector words) =>
            Detect.Outside(Detect.NotPreceded(ReportFrame(), Detect.NotPreceded(negation, words, maxWords: 3), maxWords: 4), denied);
        var benign = Detect.AnyOf(
            Detect.InSameSentence(Detect.NotPreceded(negation, Detect.Lexicon("praise"), maxWords: 3), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Demeaning(), maxWords: 3), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Detect.Lexicon("harm"), maxWords: 4), identity),
            Detect.InSameSentence(Detect.Preceded(negation, Detect.Lexicon("threat.violence"), maxWords: 3), identity),
            Detect.Preceded(negation, Detect.Preceded(identity, Detect.Lexicon("harm"), maxWords: 4), maxWords: 2),
            Detect.InSameSentence(WrongDoneToGroup(), identity),
            Detect.InSameSentence(ThreatDenied(), identity),
            denied,
            Detect.Preceded(ReportFrame(), identity, maxWords: 3),
            Detect.Preceded(SelfReference(), AnySlur(), maxWords: 1),
            Detect.Preceded(AnySlur(), Detect.Lexicon("self-reference.after"), maxWords: 0),
            Detect.Preceded(SelfReference(), Detect.AnyOf(identity, Detect.Lexicon("reclaimed.word")), maxWords: 0),
            EverydaySense(),
            Detect.Within(identity, quoted));
        var hostile = Detect.Outside(Detect.AnyOf(
            GroupHate(),
            // In a sentence that quotes, a demeaning word outside the quotation judges it ("'… are parasites' is a
            // disgusting thing to post"); a group demeaned outside the quotation is GroupHate's.
            // Nor one that judges a wrong done to the group in its sentence ("nothing makes me angrier than people
            // abusing Muslim women").
            Detect.Unless(Detect.Outside(Asserted(Demeaning()), DeniedPlace()), Detect.AnyOf(quoted, WrongDoneToGroup())),
            Asserted(InHostileSense("insult")),
            // Not the violent word of an act against the group that the post condemns ("anyone who hurts a gay person…").
            Detect.Outside(Asserted(Violence()), ActAgainstGroup()),
            Asserted(DirectThreat()),
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
        var selfReference = SelfReference();
        var slurs = AnySlur();
        var ownedSlurs = Detect.Preceded(slurs, Detect.Lexicon("self-reference.after"), maxWords: 0);

        // "Women are vermin", "I hate Muslims": an identity group and a demeaning generalisation in one
        // sentence, unless negated ("are not vermin"), quoted to condemn it ("saying … is racist") or aimed at
        // someone's cruelty to the group ("I'm sick of people abusing immigrants").
        var identity = AnyIdentity();
        var demeaning = AssertedDemeaning();

        // "As a woman in a male-dominated apprenticeship, I'm so tired of…", "I'm autistic and… it hates the fire
        // alarm": the writer naming their own group is not a group the sentence demeans or denies praise to.
        // Not "being" ("being gay is a sickness" judges the group).
        var othersGroup = Detect.Outside(identity, Detect.Preceded(Detect.Lexicon("self-identity"), identity, maxWords: 0));

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
            Generalisation: Reported(Detect.Unless(Detect.InSameSentence(othersGroup, Detect.Outside(demeaning, DeniedClaim())), WrongDoneToGroup())),
            // Not a negation that denies a hostile claim the good word only appears in ("I'll never accept that …
            // should be banned").
            NegatedPraise: Reported(Detect.Outside(NegatedPraise(othersGroup), DeniedClaim())),
            ByReference: Reported(Detect.AfterSentenceWith(Detect.AnyOf(Detect.InSameSentence(demeaning, pronoun), NegatedPraise(pronoun)), identity)));
    }

    /// <summary>
    /// An act done to a group, the act's word straight before the group or two words before it ("harassing Hindu
    /// families", "blaming the whole Muslim community", "mocking disabled people"): a demeaning word in its sentence
    /// judges the act ("… is vile"). Not the group doing it ("Muslims attacking our values are vile").
    /// </summary>
    private static Detector ActAgainstGroup() => Detect.Preceded(Detect.Lexicon("harm.act"), AnyIdentity(), maxWords: 2);

    /// <summary>
    /// A wrong done to a group, which a sentence's demeaning word then judges instead of the group: a victim word
    /// ("… are being bullied", "racism against …") or an act done to it (<see cref="ActAgainstGroup"/>).
    /// </summary>
    private static Detector WrongDoneToGroup() => Detect.AnyOf(Detect.Lexicon("victim"), ActAgainstGroup());

    /// <summary>
    /// Hate that counter-speech condemns or reports in its sentence ("… is racist"; quoted: "'all X are Y' is
    /// rubbish"), or that a reporting frame introduces ("calling immigrants vermin is…"): cancelled only when the frame
    /// comes first, so "women are inferior, and anyone who says otherwise is lying" is still hateful. Threats use it too.
    /// </summary>
    internal static Detector Reported(Detector hate) =>
        Detect.Unless(Detect.NotPreceded(ReportFrame(), hate, maxWords: 3), CounterSpeech());

    // Words that condemn or report hate ("racist", "bigot") (CounterSpeechCue), or quotation marks around it.
    private static Detector CounterSpeech() =>
        Detect.Shared("equality.counter-speech", Detect.AnyOf(CounterSpeechCue(), Patterns.Quotations()));

    /// <summary>
    /// Words that condemn or report hate ("racist", "bigot"). Not a cue aimed at the group itself, which is the hate
    /// rather than its condemnation: the group right after it, perhaps through "to be" ("there is no place for
    /// Muslims", "it's not okay to be gay"), or the group it describes ("Muslims are hateful", "… are all so racist");
    /// the condemnation of hate names the hate next to its cue ("no place for racism"). A group right before the cue
    /// with no "are" between may end the clause that condemns ("anyone who mocks disabled people should be ashamed"),
    /// so that order is left to the cue.
    /// </summary>
    internal static Detector CounterSpeechCue()
    {
        var cue = Detect.Lexicons("counter-speech", "counter-speech.more");
        var identity = AnyIdentity();
        var aimedAtGroup = Detect.AnyOf(
            Detect.Preceded(cue, identity, maxWords: 0),
            Detect.Preceded(Detect.Preceded(cue, Detect.Lexicon("counter.to-be"), maxWords: 0), identity, maxWords: 0),
            Detect.Preceded(Detect.Preceded(identity, Detect.Lexicon("counter.described-as"), maxWords: 0), cue, maxWords: 1));
        // Nor a cue inside a question that asserts ("am I wrong to think …?").
        return Detect.Shared("equality.counter-cue", Detect.Outside(OutsideIdioms(cue), aimedAtGroup));
    }

    // A good quality denied to a group or a warm attitude refused to it, in the orders English puts them: "I don't
    // think gay people are normal"; "Muslims are not welcome", "Black lives don't matter"; "I would never trust a
    // Muslim"; "I've never met a decent Asian", "nothing good about…"; "no immigrant has ever contributed"; "a good …
    // doesn't exist"; its presence refused ("we don't want … here"); or asked in a question that expects "no" ("would
    // you trust a …?", "who actually wants … in their town?").
    private static Detector NegatedPraise(Detector identity)
    {
        var negation = Negation();
        // Not where the negation denies a demeaning phrase that merely starts with the good word ("… don't belong in
        // cages") or holds it ("… are not less human").
        var quality = Detect.Outside(Detect.Outside(Detect.Lexicon("praise.quality"), DeniedPlace()), Demeaning());
        var attitude = Detect.Lexicons("praise.attitude", "praise.presence");

        // The group as the one wanted or let in, not the subject of what follows ("I don't want women to feel unsafe").
        // A refused presence needs the place after the group ("… here", "… living on my street"), so that a group
        // spared a harm ("I don't want … hurt", "we don't need … feeling scared") is not read as refused.
        var wanted = Detect.Outside(identity, Detect.Preceded(identity, Detect.Lexicon("presence.to"), maxWords: 0));
        return Detect.AnyOf(
            Detect.Preceded(
                Detect.Preceded(Detect.Preceded(negation, Detect.Lexicon("praise.presence"), maxWords: 2), wanted, maxWords: 1),
                Detect.Lexicon("presence.place"),
                maxWords: 1),
            Detect.Preceded(Detect.Preceded(Detect.Lexicon("question.expects-no"), attitude, maxWords: 2), wanted, maxWords: 1),
            Detect.Preceded(Detect.Lexicon("question.unwanted"), wanted, maxWords: 1),
            Detect.Preceded(negation, Detect.Preceded(identity, quality, maxWords: 2), maxWords: 2),
            Detect.Preceded(identity, Detect.Preceded(negation, quality, maxWords: 2), maxWords: 2),
            Detect.Preceded(Detect.Preceded(negation, Detect.Lexicon("praise.attitude"), maxWords: 2), identity, maxWords: 1),
            Detect.Preceded(Detect.Preceded(negation, quality, maxWords: 2), identity, maxWords: 1),
            Detect.Preceded(Detect.Preceded(negation, identity, maxWords: 0), quality, maxWords: 3),
            // "A good Muslim doesn't exist": the quality's very existence denied.
            Detect.Preceded(Detect.Preceded(quality, identity, maxWords: 0), Detect.Lexicon("exist.denied"), maxWords: 0));
    }

    /// <summary>
    /// The writer naming themselves or their own community just before a word ("as a proud …", "we …"), or a
    /// possessive before a reclaimed word that friends use of each other ("me and my …").
    /// </summary>
    internal static Detector SelfReference() => Detect.Shared("equality.self-reference", Detect.AnyOf(
        Detect.Lexicon("self-reference"),
        Detect.Within(Detect.Lexicon("self-reference.possessive"), Detect.Preceded(Detect.Lexicon("self-reference.possessive"), Detect.Lexicon("reclaimed.word"), maxWords: 0))));

    /// <summary>
    /// Words that introduce what someone else said or wrote ("calling … ", "he said that …", "never say …"), or a verb
    /// of saying or believing ("someone in my form said …", "… still thinks") that the writer does not say in their own
    /// voice ("I said …", "we believe …") or ask ("do you think …?"), less the rhetorical questions that hold a "say" of
    /// their own ("wouldn't you say …").
    /// </summary>
    internal static Detector ReportFrame()
    {
        var verb = Detect.Lexicon("report-verb");
        var othersVoice = Detect.Outside(verb, Detect.Preceded(Detect.Lexicon("report.own-voice"), verb, maxWords: 2));
        return Detect.Shared("equality.report-frame", OutsideIdioms(Detect.AnyOf(Detect.Lexicon("report-frame"), othersVoice)));
    }

    /// <summary>
    /// Words that deny or condemn harm ("I would never…", "… is illegal", "nobody deserves…"), less the rhetorical
    /// questions whose negation asserts ("wouldn't you agree that…", "why won't anyone admit…").
    /// </summary>
    internal static Detector ThreatDenied() =>
        Detect.Shared("equality.threat-denied", OutsideIdioms(Detect.Lexicon("negation.threat")));

    /// <summary>A negation, less the idioms that assert what follows ("no wonder…", "isn't it obvious…").</summary>
    internal static Detector Negation() => Detect.Shared("equality.negation", OutsideIdioms(Detect.Lexicons("negation", "negation.more", "slips.negation")));

    // Words that lie outside the idioms whose negation or "say" asserts what follows ("no wonder…", "wouldn't you say…").
    private static Detector OutsideIdioms(Detector words) => Detect.Outside(words, Detect.Lexicon("negation.idiom"));

    /// <summary>
    /// A claim about a group that a negation just before it denies: "I don't think black people are dangerous",
    /// "no Muslim deserves to die", "I'd never say women are inferior"; further back when a verb introduces the claim
    /// ("nobody in my class thinks women are stupid", "you will never hear me say I hate …"), and over the whole clause when the negation quantifies the group
    /// ("none of the … lads on our team are thugs", "no … deserves to be hurt"). Covers the negation to the claim.
    /// </summary>
    internal static Detector DeniedClaim()
    {
        var identity = AnyIdentity();
        var claim = Detect.Preceded(identity, Demeaning(), maxWords: 2);
        return Detect.Shared("equality.denied-claim", Detect.AnyOf(
            Detect.Preceded(Negation(), claim, maxWords: 2),
            Detect.Preceded(
                Negation(),
                Detect.Preceded(
                    Detect.Lexicon("claim-verb"),
                    Detect.AnyOf(
                        claim,
                        Detect.Preceded(Demeaning(), identity, maxWords: 1),
                        // A harm wished on the group that the negated verb disowns: "nobody decent wants … wiped
                        // out", "I wouldn't support driving … out", "I could never support sending … back to die".
                        Detect.Preceded(identity, HarmWished(), maxWords: 3)),
                    maxWords: 2),
                maxWords: 4),
            Detect.Preceded(
                OutsideIdioms(Detect.Lexicon("negation.quantifier")),
                Detect.AnyOf(
                    Detect.Preceded(identity, Detect.AnyOf(Demeaning(), Detect.Lexicon("harm"), Detect.Lexicon("threat.violence")), maxWords: 5),
                    Detect.Preceded(identity, DirectThreat(), maxWords: 1)),
                maxWords: 2)));
    }

    // What a hostile claim wishes on a group: harm, violence, or the particle of a removal ("… out", "… back").
    private static Detector HarmWished() => Detect.AnyOf(
        Detect.Lexicon("harm"),
        Violence(),
        Detect.Lexicon("threat.violence.group"),
        Detect.Lexicons("removal.out", "removal.off"));

    /// <summary>
    /// A demeaning word the writer asserts: not negated just before it ("are not vermin"), and not the "don't belong"
    /// of a demeaning place denied ("… don't belong in cages", "… don't belong only in the kitchen").
    /// </summary>
    internal static Detector AssertedDemeaning() => Detect.Shared("equality.asserted-demeaning", Detect.Outside(
        Detect.NotPreceded(Negation(), Demeaning(), maxWords: 3),
        DeniedPlace()));

    // "Don't belong in a zoo": a demeaning place denied to a group, which covers the words "don't belong".
    private static Detector DeniedPlace() =>
        Detect.Preceded(Detect.Lexicon("belong.denied"), Detect.Lexicon("belong.place"), maxWords: 1);

    private sealed record GroupHateDetectors(Detector Slur, Detector SelfDescribed, Detector Swearing, Detector Generalisation, Detector NegatedPraise, Detector ByReference);
}
