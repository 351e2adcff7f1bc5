namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>
/// The length in characters of every post a benchmark class screens, for the throughput columns; a
/// <c>Length</c> parameter on the class takes precedence. Every benchmark operation is one post.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostLengthAttribute(int characters) : Attribute
{
    /// <summary>Characters (UTF-16 code units) per post.</summary>
    public int Characters { get; } = characters;
}
