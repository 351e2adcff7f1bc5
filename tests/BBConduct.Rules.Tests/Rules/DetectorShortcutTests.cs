using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Rules.Policies;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>A rule skips its detector when <see cref="Detector.MayFind"/> says it cannot find anything; that must never lose evidence.</summary>
public sealed class DetectorShortcutTests
{
    [Fact]
    public void A_detector_that_may_not_find_anything_finds_nothing()
    {
        PeopleRegistry people;
        using (var csv = File.OpenRead(TestData.PathOf("people.csv")))
        {
            people = PeopleRegistry.Load(csv, "people.csv");
        }

        var rules = DefaultRules.Create().ToArray();
        var builder = ConductScreener.CreateBuilder().WithPeople(people).WithoutDefaultRules();
        foreach (var rule in rules)
        {
            builder.AddRule(rule);
        }

        using var screener = builder.Build();
        var context = new ScreeningContext(screener.Compiled);
        var signals = new List<Signal>();
        var skipped = 0;
        var found = 0;
        foreach (var post in Posts())
        {
            context.Load(post);
            foreach (var rule in rules)
            {
                signals.Clear();
                rule.Detector.Detect(context, signals);
                found += signals.Count > 0 ? 1 : 0;
                if (!rule.Detector.MayFind(context))
                {
                    skipped++;
                    Assert.True(signals.Count == 0, $"{rule.Id} was skipped on a post where it finds evidence");
                }
            }
        }

        // The shortcut is taken often and the rules do find things, so the check means something.
        Assert.True(skipped > 10_000 && found > 500, $"{skipped} skipped, {found} found");
    }

    private static IEnumerable<Post> Posts()
    {
        var lines = TestData.JsonLines("labelled-posts.jsonl").Concat(TestData.JsonLines("evasion.jsonl")).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(lines[i].GetRawText());
            if (!PostJson.TryParse(bytes, "suite", i.ToString(System.Globalization.CultureInfo.InvariantCulture), out var post, out _))
            {
                continue;
            }

            // Each text in every context the rules distinguish: by whom, to whom and where.
            yield return post!;
            yield return post! with { Channel = Channel.Blog, Author = new Person("A", Role.Staff) };
            yield return post! with { Channel = Channel.Direct, Author = new Person("A", Role.Staff), Recipients = [new Person("B", Role.Student)] };
            yield return post! with { Channel = Channel.School, Author = new Person("A", Role.Staff) };
        }
    }
}
