namespace BBConduct.Rules.Posts;

/// <summary>A post, comment, blog entry or message to screen, with the context the rules take into account.</summary>
/// <param name="Text">The text as written. Any string is accepted, including an empty one.</param>
public sealed record Post(string Text)
{
    /// <summary>The caller's identifier for the post, echoed in the result.</summary>
    public string? Id { get; init; }

    /// <summary>Who wrote the post; <see langword="null"/> means unknown (treated as <see cref="Role.Other"/>).</summary>
    public Person? Author { get; init; }

    /// <summary>Where the post is published.</summary>
    public Channel Channel { get; init; } = Channel.Social;

    /// <summary>Who the post is addressed to, for direct and School-platform messages.</summary>
    public IReadOnlyList<Person> Recipients { get; init; } = [];

    /// <summary>When the post was written, if known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The web address of the post, if known (evidence for policy 2.4).</summary>
    public string? Url { get; init; }

    /// <summary>Files attached to the post.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The author's role, <see cref="Role.Other"/> when unknown.</summary>
    public Role AuthorRole => Author?.Role ?? Role.Other;

    /// <summary>Whether any recipient has the given role.</summary>
    /// <param name="role">The role to look for.</param>
    /// <returns><see langword="true"/> when at least one recipient has <paramref name="role"/>.</returns>
    public bool HasRecipient(Role role)
    {
        foreach (var recipient in Recipients)
        {
            if (recipient.Role == role)
            {
                return true;
            }
        }

        return false;
    }
}
