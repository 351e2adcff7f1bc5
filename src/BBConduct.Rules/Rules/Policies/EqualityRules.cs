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

    public static IEnumerable<PolicyRule> Create()
    {
        // Counter-speech condemns or reports hate; quoting it ('all X are Y' is rubbish) is reported speech.
        var counterSpeech = Detect.AnyOf(Detect.Lexicon("counter-speech"), Detect.Pattern(Patterns.Quoted(), Patterns.Quotes));
        var slurs = AnySlur();
        yield return new PolicyRule(
            "equality.slur",
            Category.EqualityOffence,
            Detect.Unless(slurs, counterSpeech),
            "Uses a slur against an Equality and Diversity strand.");

        // "Women are vermin", "I hate Muslims": an identity group and a demeaning generalisation in one
        // sentence, unless negated ("are not vermin") or quoted to condemn it ("saying … is racist").
        var identity = AnyIdentity();
        var demeaning = Detect.NotPreceded(Detect.Lexicon("negation"), Detect.Lexicon("demeaning"), maxWords: 3);
        // "Fucking immigrants", "Muslims are shit": swearing aimed at a whole group.
        var swearingAtGroup = Detect.AnyOf(
            Detect.Preceded(Detect.Lexicon("profanity"), identity, maxWords: 1),
            Detect.InSameSentence(identity, Detect.Lexicon("profanity.at-group")));
        yield return new PolicyRule(
            "equality.swearing-at-group",
            Category.EqualityOffence,
            Detect.Unless(swearingAtGroup, counterSpeech),
            "Swears at a group protected by the Equality and Diversity strands.");
        yield return new PolicyRule(
            "equality.generalisation",
            Category.EqualityOffence,
            Detect.Unless(Detect.InSameSentence(identity, demeaning), counterSpeech),
            "Demeans a group protected by the Equality and Diversity strands.");
    }
}
