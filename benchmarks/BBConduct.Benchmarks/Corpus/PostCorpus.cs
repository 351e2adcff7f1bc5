using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Corpus;

/// <summary>
/// Builds posts of an exact length (in UTF-16 code units) by joining real texts with spaces and cutting at the
/// length, so throughput converts exactly to characters per second. Deterministic for a given seed.
/// </summary>
internal static class PostCorpus
{
    /// <summary>Post lengths the benchmarks use: a tweet, a typical post, a blog article.</summary>
    public const int Tweet = 140;
    public const int Medium = 200;
    public const int Blog = 5000;

    private static readonly Lazy<ConductScreener> Checker = new(ConductScreener.CreateDefault);

    public static string[] Build(int length, int count, PostKind kind = PostKind.Mixed, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var random = new Random(seed * 7919 + length);
        var posts = new string[count];
        var made = 0;
        var attempts = 0;
        while (made < count)
        {
            if (++attempts > count * 200)
            {
                throw new InvalidOperationException($"Could not build {count} {kind} posts of {length} characters from the data sets.");
            }

            var post = kind switch
            {
                PostKind.Clean => Join(TextPool.Clean, random, length, lead: null),
                PostKind.Dirty => Join(TextPool.All, random, length, lead: Pick(TextPool.Dirty, random)),
                _ => Join(TextPool.All, random, length, lead: null),
            };

            // Joining texts can create or cut a finding, so the finished post is checked, not its parts.
            var findings = kind == PostKind.Mixed ? -1 : Checker.Value.Screen(post).Findings.Count;
            if ((kind == PostKind.Clean && findings != 0) || (kind == PostKind.Dirty && findings == 0))
            {
                continue;
            }

            posts[made++] = post;
        }

        return posts;
    }

    /// <summary>Total UTF-16 code units in <paramref name="posts"/>.</summary>
    public static long CharsIn(IEnumerable<string> posts) => posts.Sum(p => (long)p.Length);

    private static string Pick(string[] texts, Random random) => texts[random.Next(texts.Length)];

    private static string Join(string[] texts, Random random, int length, string? lead)
    {
        var builder = new System.Text.StringBuilder(length + 256);
        if (lead is not null)
        {
            builder.Append(lead.Length > length ? lead[..length] : lead);
        }

        var next = random.Next(texts.Length);
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(texts[next]);
            next = (next + 1) % texts.Length;
        }

        builder.Length = length;
        if (char.IsHighSurrogate(builder[length - 1]))
        {
            builder[length - 1] = ' ';
        }

        return builder.ToString();
    }
}
