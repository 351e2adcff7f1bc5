using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 "pornographic": sexually explicit content and requests for images.</summary>
internal static class SexualRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "sexual.explicit",
            Category.Sexual,
            Detect.Lexicons("sexual", "sexual.more"),
            "Contains sexually explicit language.");
        yield return new PolicyRule(
            "sexual.remark",
            Category.Sexual,
            Detect.InSameSentence(Detect.Lexicon("sexual.remark"), Detect.Lexicon("target.second-person")),
            "Makes a sexual remark about the person addressed.");
        yield return new PolicyRule(
            "sexual.image-request",
            Category.Sexual,
            Detect.Lexicon("sexual.request"),
            "Asks for or offers sexual images. If a student is involved, tell the Designated Safeguarding Lead.");
    }
}
