using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 "defamatory" and 2.2 "damaging their reputation".</summary>
internal static class DefamationRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // An identifiable person (registered, titled, by role or by a common first name) or the School…
        var subject = Detect.AnyOf(
            new PeopleDetector([Posts.Role.Staff, Posts.Role.Student, Posts.Role.Partner, Posts.Role.Other, Posts.Role.Parent], consent: null),
            new TitledNameDetector(),
            Detect.Lexicon("reference.role"),
            new GivenNameDetector(),
            Detect.Lexicon("marks"));

        // …and a factual-sounding allegation in the same sentence, not denied ("never stole"), not hedged
        // as opinion ("I think") and not asked as a question.
        var allegation = Detect.NotPreceded(Detect.Lexicon("negation"), Detect.Lexicon("defamation.allegation"), maxWords: 3);
        var hedged = Detect.AnyOf(Detect.Lexicon("hedge"), Detect.Pattern(Patterns.QuestionMark(), Patterns.Question));
        yield return new PolicyRule(
            "defamation.allegation",
            Category.Defamation,
            Detect.Unless(Detect.InSameSentence(allegation, subject), hedged),
            "States an allegation of wrongdoing about an identifiable person or the School as fact. This could be defamatory.");
    }
}
