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
            "confidential.exam-leak",
            Category.Confidential,
            Detect.InSameSentence(Detect.Lexicon("confidential.leak"), Detect.Lexicon("confidential.exam")),
            "Appears to leak or trade exam material. Exam papers are confidential until the exam has been sat.");

        // "Not announced yet" marks internal news anywhere; a bare "don't tell anyone" only counts in a public post
        // that is about the School (in a private message it is as likely a pupil asking for discretion).
        var aboutSchool = Detect.AnyOf(Detect.Lexicon("reference.work"), Detect.Lexicon("reference.role"), Detect.Lexicon("marks"));
        yield return new PolicyRule(
            "confidential.secret-news",
            Category.Confidential,
            Detect.When(
                PostConditions.IsPersonal,
                Detect.AnyOf(
                    Detect.Lexicon("confidential.secrecy-strong"),
                    Detect.When(p => p.Channel != Posts.Channel.Direct, Detect.InSamePost(Detect.Lexicon("confidential.secrecy"), aboutSchool)))),
            "Shares news that is meant to stay internal. Do not post it until the School announces it.");
    }
}
