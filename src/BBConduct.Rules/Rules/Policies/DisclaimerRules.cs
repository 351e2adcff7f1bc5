using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.2 bullet 1: personal blogs about the School carry a "views are my own" disclaimer.</summary>
internal static class DisclaimerRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        var aboutWork = Detect.AnyOf(Detect.Lexicon("reference.work"), Detect.Lexicon("marks"));
        yield return new PolicyRule(
            "disclaimer.missing",
            Category.MissingDisclaimer,
            Detect.When(
                PostConditions.IsStaffOrStudentBlog,
                Detect.AllOf(Detect.Not(Detect.Lexicon("disclaimer")), Detect.Anywhere(aboutWork))),
            "A personal blog post about the School or teaching needs a clear disclaimer that the views are the author's own, not the School's.");
    }
}
