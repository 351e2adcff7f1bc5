using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 (no staff-student personal relationships online) and section 3 (safeguarding).</summary>
internal static class SafeguardingRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        yield return new PolicyRule(
            "safeguarding.staff-student-private",
            Category.Safeguarding,
            Detect.Context(p => PostConditions.IsStaffToStudentOffPlatform(p) && p.Channel == Channel.Direct),
            "A member of staff is messaging a student privately on a personal account. Contact with students belongs on the School's platforms.");

        // On the School's platform a teacher saying "come and see me Tuesday" is work; secrecy and personal remarks
        // are a concern anywhere, meeting up and personal contact only off the platform.
        static Detector Confided() => Detect.AnyOf(Detect.Lexicon("safeguarding.secrecy"), Detect.Lexicon("safeguarding.personal-remark"));
        static Detector MeetingOrContact() => Detect.AnyOf(Detect.Lexicon("safeguarding.meeting"), Detect.Lexicon("safeguarding.personal-contact"));
        var grooming = Detect.AnyOf(
            Confided(),
            Detect.Lexicon("safeguarding.personal-account"),
            Detect.When(p => p.Channel != Channel.School, MeetingOrContact()));
        // A message whose recipients the export does not name, from a writer who signs off or speaks as staff ("… -
        // Mr Stone", "it's your form tutor", "in my class"): read as an adult writing to a pupil, for the cues no
        // teacher's notice holds (secrecy, personal remarks, meeting somewhere private), and for meeting up and
        // personal contact only in a direct message ("meet me at the coach at 8. Mr Jones" is a trip notice).
        var staffVoice = Detect.AnyOf(new SignOffDetector(), Detect.Lexicon("safeguarding.staff-voice"));
        var unaddressed = Detect.AnyOf(
            Confided(),
            Detect.Lexicon("safeguarding.meeting.private"),
            Detect.When(p => p.Channel == Channel.Direct, Detect.AnyOf(MeetingOrContact(), Detect.Lexicon("safeguarding.personal-account"))));
        yield return new PolicyRule(
            "safeguarding.grooming-cue",
            Category.Safeguarding,
            Detect.AnyOf(
                Detect.When(PostConditions.IsAdultToStudent, grooming),
                Detect.When(PostConditions.IsAdultToUnnamed, Detect.InSamePost(unaddressed, staffVoice))),
            "An adult asks a student for secrecy, a private meeting or personal contact. Tell the Designated Safeguarding Lead.");
        yield return new PolicyRule(
            "safeguarding.friend-request",
            Category.Safeguarding,
            Detect.When(
                p => PostConditions.IsStaffToStudentOffPlatform(p) || PostConditions.IsStudentToStaffOffPlatform(p),
                Detect.AnyOf(Detect.Lexicon("safeguarding.personal-contact"), Detect.Lexicon("safeguarding.personal-account"))),
            "Staff and students should not be personal online contacts ('Facebook friends').");
        yield return new PolicyRule(
            "safeguarding.former-student",
            Category.Safeguarding,
            Detect.When(
                p => p.AuthorRole == Role.Staff && p.Channel != Channel.School,
                Detect.InSamePost(Detect.Lexicon("safeguarding.personal-contact"), Detect.Lexicon("safeguarding.former-student"))),
            "Staff should decline friend requests from existing or previous students (policy section 3).");
        yield return new PolicyRule(
            "safeguarding.secrecy",
            Category.Safeguarding,
            Detect.When(p => p.AuthorRole != Role.Student && p.AuthorRole != Role.Parent, Detect.Lexicon("safeguarding.secrecy")),
            "Asks someone to keep contact secret from parents or the School, a common grooming pattern.");
    }
}
