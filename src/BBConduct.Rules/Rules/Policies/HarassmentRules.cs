using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 "harassing… hostile work environment" and 2.1 cyber bullying.</summary>
internal static class HarassmentRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // An insult only harasses when it is aimed at someone: "you", a named person, "he's a…".
        var target = Detect.AnyOf(
            Detect.Lexicon("target.second-person"),
            Detect.Lexicon("target.third-person"),
            new PeopleDetector([Posts.Role.Staff, Posts.Role.Student, Posts.Role.Partner, Posts.Role.Other, Posts.Role.Parent], consent: null),
            new TitledNameDetector(),
            Detect.Pattern(Patterns.Mention(), Patterns.At));
        // An insult inside quotation marks or just after a reporting frame is reported speech ("my brother said 'trans
        // people are freaks' so I called him out", "you can't just say women are stupid").
        var insult = Detect.NotPreceded(
            EqualityRules.ReportFrame(),
            Detect.Outside(Detect.AnyOf(EqualityRules.InHostileSense("insult"), EqualityRules.AnySlur()), Patterns.Quotations()),
            maxWords: 2);
        yield return new PolicyRule(
            "harassment.targeted-insult",
            Category.Harassment,
            Detect.InSameSentence(Detect.NotPreceded(Detect.Lexicon("negation"), insult, maxWords: 3), target),
            "Insults a person. This is harassment or cyber bullying under the School's Anti-Bullying Policy.");
        yield return new PolicyRule(
            "harassment.slur-at-person",
            Category.Harassment,
            Detect.Preceded(Detect.Lexicon("target.demonstrative"), Detect.NotPreceded(EqualityRules.SelfReference(), EqualityRules.AnySlur(), maxWords: 1), maxWords: 1),
            "Calls someone a slur ('that …', 'you …'): harassment as well as an equality offence.");
        yield return new PolicyRule(
            "harassment.abuse",
            Category.Harassment,
            Detect.Lexicons("harassment.direct", "harassment.direct.more"),
            "Tells someone to harm themselves, go away or that nobody wants them: cyber bullying.");
        // "Nobody at school actually likes you", "everyone just feels sorry for you": exclusion, however worded.
        yield return new PolicyRule(
            "harassment.exclusion",
            Category.Harassment,
            Detect.AnyOf(
                Detect.InSameSentence(Detect.Lexicon("harassment.nobody-predicate"), Detect.Lexicon("harassment.nobody")),
                Detect.InSameSentence(Detect.Lexicon("harassment.everyone-predicate"), Detect.Lexicon("harassment.everyone"))),
            "Tells someone they are excluded, disliked or laughed at by everyone: cyber bullying.");
        yield return new PolicyRule(
            "harassment.pile-on",
            Category.Harassment,
            Detect.AnyOf(
                Detect.Lexicons("harassment.pile-on", "harassment.pile-on.more"),
                Detect.Preceded(Detect.Lexicon("harassment.pile-on.before-name"), new GivenNameDetector(), maxWords: 0)),
            "Urges others to gang up on, exclude or humiliate someone: cyber bullying.");
    }
}
