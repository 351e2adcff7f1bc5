using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>Properties that hold for every input: the screener never throws, spans are honest, and disguise does not change what is found.</summary>
public sealed class ScreeningProperties
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();
    private static readonly Role[] Roles = Enum.GetValues<Role>();
    private static readonly Channel[] Channels = Enum.GetValues<Channel>();

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 400)]
    public bool Screen_never_throws_and_always_returns_a_verdict(string text)
    {
        var result = Screener.Screen(text);
        return result.Error is null ? Enum.IsDefined(result.Verdict) : throw new InvalidOperationException(result.Error.Message);
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 400)]
    public bool Every_span_lies_inside_the_text_and_its_excerpt_is_the_slice(string text)
    {
        foreach (var f in Screener.Screen(text).Findings)
        {
            if (f.Start < 0 || f.Length < 0 || f.Start + f.Length > text.Length || f.Excerpt != text.Substring(f.Start, f.Length))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 200)]
    public bool Every_role_and_channel_combination_screens_without_error(string text, int author, int recipient, int channel)
    {
        var post = new Post(text)
        {
            Author = new Person(null, Roles[Math.Abs(author % Roles.Length)]),
            Recipients = [new Person(null, Roles[Math.Abs(recipient % Roles.Length)])],
            Channel = Channels[Math.Abs(channel % Channels.Length)],
        };
        return Screener.Screen(post).Error is null;
    }

    [Property(Arbitrary = [typeof(Sentences)], MaxTest = 300)]
    public bool Inserting_zero_width_characters_never_changes_the_categories(string text, int seed)
    {
        var random = new Random(seed);
        var disguised = string.Concat(text.Select(c => random.Next(4) == 0 ? $"{c}\u200B" : c.ToString()));
        return Categories(text).SetEquals(Categories(disguised));
    }

    [Property(Arbitrary = [typeof(Sentences)], MaxTest = 300)]
    public bool Changing_case_never_changes_the_categories(string text)
    {
        var categories = Categories(text);
        return categories.SetEquals(Categories(text.ToUpperInvariant())) && categories.SetEquals(Categories(text.ToLowerInvariant()));
    }

    [Property(Arbitrary = [typeof(Sentences)], MaxTest = 300)]
    public bool Substituting_look_alike_letters_never_changes_the_categories(string text)
    {
        var disguised = text.Replace('a', 'а').Replace('o', 'ο').Replace('e', 'е').Replace('c', 'с');
        return Categories(text).SetEquals(Categories(disguised));
    }

    [Property(Arbitrary = [typeof(Sentences)], MaxTest = 300)]
    public bool Appending_benign_text_never_removes_a_finding(string text)
    {
        var before = Screener.Screen(text).Findings;
        var after = Screener.Screen(text + "\nWell done to everyone at sports day.").Findings;
        return before.All(b => after.Any(a => a.Category == b.Category && a.Start == b.Start && a.Length == b.Length));
    }

    [Fact]
    public void A_one_megabyte_post_is_screened_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("Great lesson today, well done Year 9! sh1t \u200B ", 1024 * 1024 / 48));

        var result = Screener.Screen(text);

        Assert.Null(result.Error);
        Assert.Contains(result.Findings, f => f.Category == Category.Profanity);
    }

    private static HashSet<Category> Categories(string text) => [.. Screener.Screen(text).Findings.Select(f => f.Category)];
}
