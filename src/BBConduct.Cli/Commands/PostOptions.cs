using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Commands;

/// <summary>Parses the role and channel names used on the command line.</summary>
internal static class PostOptions
{
    public static Role ParseRole(string? text, string option) => text?.ToLowerInvariant() switch
    {
        null or "other" => Role.Other,
        "staff" => Role.Staff,
        "student" => Role.Student,
        "parent" => Role.Parent,
        "partner" => Role.Partner,
        _ => throw new UsageException($"--{option} must be staff, student, parent, partner or other, not '{text}'."),
    };

    public static Channel ParseChannel(string? text) => text?.ToLowerInvariant() switch
    {
        null or "social" => Channel.Social,
        "blog" => Channel.Blog,
        "comment" => Channel.Comment,
        "direct" => Channel.Direct,
        "school" => Channel.School,
        _ => throw new UsageException($"--channel must be social, blog, comment, direct or school, not '{text}'."),
    };
}
