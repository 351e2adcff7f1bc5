using BBConduct.Rules.Policy;

namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// The lexicon channel built from the screener's embedded policy word lists: swearing, insults, slurs, identity
/// terms, demeaning wording, threats, direct harassment, second-person address, negation and counter-speech cues,
/// plus the pairs that separate targeted abuse from untargeted swearing and hate from mere mention.
/// </summary>
public static class PolicyLexicons
{
    private static readonly (string Name, string[] Lists)[] Groups =
    [
        ("profanity", ["profanity"]),
        ("mild", ["profanity.mild"]),
        ("insult", ["insult"]),
        ("slur", ["slur.age", "slur.disability", "slur.gender", "slur.race", "slur.religion", "slur.sexual-orientation", "slur.socio-economic"]),
        ("identity", ["identity.age", "identity.disability", "identity.gender", "identity.race", "identity.religion", "identity.sexual-orientation", "identity.socio-economic"]),
        ("demeaning", ["demeaning"]),
        ("threat", ["threat.direct", "threat.intent", "threat.violence"]),
        ("harassment", ["harassment.direct", "harassment.pile-on"]),
        ("sexual", ["sexual"]),
        ("you", ["target.second-person"]),
        ("they", ["target.third-person", "target.third-person-object", "target.demonstrative"]),
        ("negation", ["negation"]),
        ("counter", ["counter-speech"]),
    ];

    private static readonly LexiconPair[] Pairs =
    [
        new("you", "insult"),
        new("you", "profanity"),
        new("identity", "demeaning"),
        new("identity", "insult"),
        new("they", "demeaning"),
        new("identity", "negation"),
        new("identity", "counter"),
    ];

    /// <summary>Feature settings with the lexicon channel taken from <paramref name="policy"/> (the embedded default when null).</summary>
    /// <param name="settings">The n-gram settings to extend.</param>
    /// <param name="policy">The policy whose word lists to use.</param>
    /// <returns>The settings with <see cref="FeatureSettings.Lexicons"/> and <see cref="FeatureSettings.LexiconPairs"/> filled.</returns>
    public static FeatureSettings With(FeatureSettings settings, ConductPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        policy ??= ConductPolicy.Default;
        var groups = new List<LexiconGroup>();
        foreach (var (name, lists) in Groups)
        {
            var terms = new SortedSet<string>(StringComparer.Ordinal);
            var inflect = false;
            foreach (var list in lists)
            {
                if (policy.Lexicons.TryGetValue(list, out var lexicon))
                {
                    // Inflection is per list; a list that does not inflect keeps its terms exact.
                    terms.UnionWith(lexicon.Inflect ? lexicon.Terms : lexicon.Terms.Select(t => t.StartsWith('=') ? t : "=" + t));
                    inflect |= lexicon.Inflect;
                }
            }

            groups.Add(new LexiconGroup(name, [.. terms], inflect));
        }

        return settings with { Lexicons = groups, LexiconPairs = Pairs };
    }
}
