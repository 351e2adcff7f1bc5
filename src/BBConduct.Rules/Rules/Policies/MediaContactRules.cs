using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 4: media contacts about the School go to the Director of Business &amp; Finance.</summary>
internal static class MediaContactRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "media.contact",
            Category.MediaContact,
            Detect.AnyOf(
                Detect.Lexicon("media.direct"),
                Detect.InSamePost(Detect.Lexicon("media.outlet"), Detect.Lexicon("media.request"))),
            "Involves the press or media. Media contacts about the School must be referred to the Director of Business & Finance.");
    }
}
