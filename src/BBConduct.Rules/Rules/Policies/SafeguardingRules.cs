using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 (no staff-student personal relationships online) and section 3 (safeguarding).</summary>
internal static class SafeguardingRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "safeguarding.staff-student-private",
            Category.Safeguarding,
            Detect.Context(p => PostConditions.IsStaffToStudentOffPlatform(p) && p.Channel == Posts.Channel.Direct),
            "A member of staff is messaging a student privately on a personal account. Contact with students belongs on the School's platforms.");

        var grooming = Detect.AnyOf(
            Detect.Lexicon("safeguarding.secrecy"),
            Detect.Lexicon("safeguarding.meeting"),
            Detect.Lexicon("safeguarding.personal-contact"),
            Detect.Lexicon("safeguarding.personal-remark"));
        yield return new PolicyRule(
            "safeguarding.grooming-cue",
            Category.Safeguarding,
            Detect.When(PostConditions.IsAdultToStudent, grooming),
            "An adult asks a student for secrecy, a private meeting or personal contact. Tell the Designated Safeguarding Lead.");
        yield return new PolicyRule(
            "safeguarding.friend-request",
            Category.Safeguarding,
            Detect.When(
                p => PostConditions.IsStaffToStudentOffPlatform(p) || PostConditions.IsStudentToStaffOffPlatform(p),
                Detect.Lexicon("safeguarding.personal-contact")),
            "Staff and students should not be personal online contacts ('Facebook friends').");
        yield return new PolicyRule(
            "safeguarding.secrecy",
            Category.Safeguarding,
            Detect.When(p => p.AuthorRole != Posts.Role.Student && p.AuthorRole != Posts.Role.Parent, Detect.Lexicon("safeguarding.secrecy")),
            "Asks someone to keep contact secret from parents or the School, a common grooming pattern.");
    }
}
