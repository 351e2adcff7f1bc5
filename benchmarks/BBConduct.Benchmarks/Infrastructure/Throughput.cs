using System.Globalization;
using System.Reflection;

namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>Converts a per-post time into posts and megabytes per second, shared by the summary columns and the report.</summary>
internal static class Throughput
{
    /// <summary>Characters per post for a benchmark, from its <c>Length</c> parameter or <see cref="PostLengthAttribute"/>; 0 when unknown.</summary>
    public static int CharsPerPost(Type? type, Func<string, string?> parameter)
    {
        if (parameter("Length") is { } length && int.TryParse(length, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chars))
        {
            return chars;
        }

        return type?.GetCustomAttribute<PostLengthAttribute>()?.Characters ?? 0;
    }

    /// <summary>Posts per second from nanoseconds per post.</summary>
    public static double PostsPerSecond(double nanosecondsPerPost) => 1e9 / nanosecondsPerPost;

    /// <summary>Megabytes (10^6 characters of mostly-ASCII text) per second.</summary>
    public static double MegabytesPerSecond(double nanosecondsPerPost, int charsPerPost) => charsPerPost * 1e3 / nanosecondsPerPost;
}
