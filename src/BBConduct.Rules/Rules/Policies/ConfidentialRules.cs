using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 "proprietary": exam papers, staffing and pupil matters, safeguarding cases, unannounced news.</summary>
internal static class ConfidentialRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "confidential.disclosure",
            Category.Confidential,
            Detect.Lexicon("confidential"),
            "Appears to share confidential School information (exams, staffing, pupils or safeguarding).");
        yield return new PolicyRule(
            "confidential.secret-news",
            Category.Confidential,
            Detect.When(PostConditions.IsPublicPersonal, Detect.Lexicon("confidential.secrecy")),
            "Shares news that is meant to stay internal. Do not post it until the School announces it.");
    }
}
