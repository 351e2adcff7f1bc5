using BBConduct.Rules.Posts;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Conditions on a post's context that the policy's rules are gated by.</summary>
internal static class PostConditions
{
    /// <summary>Published on a School-managed platform by staff: official, work communication.</summary>
    public static bool IsOfficialSchoolPost(Post post) => post.Channel == Channel.School && post.AuthorRole == Role.Staff;

    /// <summary>Not an official School post.</summary>
    public static bool IsPersonal(Post post) => !IsOfficialSchoolPost(post);

    /// <summary>A personal post that others can read: not official, not a private message.</summary>
    public static bool IsPublicPersonal(Post post) => IsPersonal(post) && post.Channel != Channel.Direct;

    /// <summary>A member of staff writing to a student on a personal channel (not the School's platform).</summary>
    public static bool IsStaffToStudentOffPlatform(Post post) =>
        post.AuthorRole == Role.Staff && post.HasRecipient(Role.Student) && post.Channel != Channel.School;

    /// <summary>A student writing privately to a member of staff on a personal channel.</summary>
    public static bool IsStudentToStaffOffPlatform(Post post) =>
        post.AuthorRole == Role.Student && post.HasRecipient(Role.Staff) && post.Channel == Channel.Direct;

    /// <summary>An adult or unknown writer whose post names no recipient (an export without the conversation's members).</summary>
    public static bool IsAdultToUnnamed(Post post) => post.AuthorRole is Role.Staff or Role.Partner or Role.Other && post.Recipients.Count == 0;

    /// <summary>An adult who is not a parent (staff, partner, unknown) writing to a student.</summary>
    public static bool IsAdultToStudent(Post post) =>
        post.AuthorRole is Role.Staff or Role.Partner or Role.Other && post.HasRecipient(Role.Student);

    /// <summary>Staff or students writing a personal blog.</summary>
    public static bool IsStaffOrStudentBlog(Post post) =>
        post.Channel == Channel.Blog && post.AuthorRole is Role.Staff or Role.Student or Role.Other;
}
