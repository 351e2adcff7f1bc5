namespace BBConduct.Rules.Posts;

/// <summary>Where a post is published; the same words mean different things on a blog and in a private message.</summary>
public enum Channel
{
    /// <summary>A public or friends-only post on a social network (the default).</summary>
    Social = 0,

    /// <summary>A personal blog post (policy 1.2).</summary>
    Blog,

    /// <summary>A comment on someone else's post, blog or forum.</summary>
    Comment,

    /// <summary>A private message on a personal account.</summary>
    Direct,

    /// <summary>A School-managed platform, where staff-student contact about work is expected.</summary>
    School,
}
