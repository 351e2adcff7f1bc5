using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.2: logos and trademarks only with the Business Manager's written consent; not on behalf of the School.</summary>
internal static class LogoRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "logo.branding",
            Category.LogoMisuse,
            Detect.When(
                PostConditions.IsPersonal,
                Detect.Unless(
                    Detect.InSameSentence(Detect.Lexicon("marks"), Detect.Lexicon("logo.use")),
                    Detect.Lexicon("logo.official-source"))),
            "Uses the School's name, crest or logo as branding, merchandise or an account name. This needs the Business Manager's written consent.");
        yield return new PolicyRule(
            "logo.attachment",
            Category.LogoMisuse,
            Detect.When(PostConditions.IsPersonal, new AttachmentMarkDetector()),
            "An attached image appears to be the School's crest or logo. Using it needs the Business Manager's written consent.");
    }
}
