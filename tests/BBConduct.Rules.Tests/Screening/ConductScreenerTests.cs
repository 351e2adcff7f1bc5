using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace BBConduct.Rules.Tests.Screening;

public sealed class ConductScreenerTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    // A finding already in the caller's list, which screening into the list must keep.
    private static readonly Finding Held = Screener.Screen("you idiot").Findings[0];

    [Fact]
    public void Clean_post_is_allowed_with_no_findings()
    {
        var result = Screener.Screen(new Post("Great effort from Year 8 at sports day!") { Id = "p1" });

        Assert.Equal("p1", result.Id);
        Assert.Equal(Verdict.Allow, result.Verdict);
        Assert.Empty(result.Findings);
        Assert.True(result.IsPublishable);
    }

    [Theory]
    [InlineData("Great effort from Year 8 at sports day!")]
    [InlineData("You're a shit teacher and I know where you live")]
    [InlineData("Mr Smith is a liar and a thief, and k.y.s you f**king loser")]
    [InlineData("")]
    public void Screening_into_a_list_gives_the_verdict_and_findings_of_the_result(string text)
    {
        var post = new Post(text) { Id = "p1" };
        var findings = new List<Finding> { Held };

        var verdict = Screener.Screen(post, findings, out var error);

        var result = Screener.Screen(post);
        Assert.Null(error);
        Assert.Equal(result.Verdict, verdict);
        Assert.Equal([Held, .. result.Findings], findings);
    }

    [Fact]
    public void Screening_into_a_list_reports_a_post_without_text_as_an_error_for_review()
    {
        var findings = new List<Finding>();

        var verdict = Screener.Screen(new Post(null!), findings, out var error);

        Assert.Equal(Verdict.Review, verdict);
        Assert.Equal("missing-text", error?.Code);
        Assert.Empty(findings);
    }

    [Fact]
    public void Screening_a_clean_post_into_a_list_allocates_nothing()
    {
        var posts = new[] { "Great effort from Year 8 at sports day!", "The library is open until five on Thursday for Year 11 revision." }
            .Select(text => new Post(text) { Id = "p" }).ToArray();
        var findings = new List<Finding>();
        var fewest = long.MaxValue;

        // Steady state: until the JIT has replaced the first, unoptimised code (which may allocate where the optimised
        // code does not), some rounds allocate; rounds go on for up to five seconds, and the fewest bytes count.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 3 || (fewest > 0 && clock.Elapsed < TimeSpan.FromSeconds(5)); round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
            {
                Screener.Screen(posts[i % posts.Length], findings, out _);
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Empty(findings);
        Assert.Equal(0, fewest);
    }

    [Fact]
    public void Verdict_is_the_highest_finding_severity()
    {
        var result = Screener.Screen("You're a shit teacher and I know where you live");

        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Review);
        Assert.False(result.IsPublishable);
    }

    [Fact]
    public void Finding_carries_clause_message_escalation_and_span_on_the_original_text()
    {
        const string Text = "Honestly, sh1t lesson";

        var finding = Assert.Single(Screener.Screen(Text).Findings);

        Assert.Equal(Category.Profanity, finding.Category);
        Assert.Equal("3(c)", finding.Clause);
        Assert.Equal("author", finding.EscalateTo);
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        Assert.Equal("sh1t", Text.Substring(finding.Start, finding.Length));
        Assert.Equal("sh1t", finding.Excerpt);
        Assert.Null(finding.Score);
    }

    [Fact]
    public void Equality_offence_names_its_strand()
    {
        var finding = Assert.Single(Screener.Screen("that's so gay").Findings, f => f.Category == Category.EqualityOffence);

        Assert.Equal("sexual orientation", finding.Detail);
    }

    [Fact]
    public void Staff_messaging_a_student_privately_is_a_safeguarding_concern_but_not_on_the_school_platform()
    {
        var staff = new Person(null, Role.Staff);
        Person[] student = [new Person(null, Role.Student)];
        const string Text = "Don't forget your coursework is due Friday.";

        var direct = Screener.Screen(new Post(Text) { Author = staff, Recipients = student, Channel = Channel.Direct });
        var platform = Screener.Screen(new Post(Text) { Author = staff, Recipients = student, Channel = Channel.School });

        Assert.Contains(direct.Findings, f => f.Category == Category.Safeguarding && f.Length == 0);
        Assert.Empty(platform.Findings);
    }

    [Fact]
    public void Friendly_message_between_students_is_fine()
    {
        var result = Screener.Screen(new Post("meet me by the library after school? x") { Author = new Person(null, Role.Student), Recipients = [new Person(null, Role.Student)], Channel = Channel.Direct });

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Blog_about_teaching_needs_a_disclaimer_and_is_fine_with_one()
    {
        var author = new Person(null, Role.Staff);
        var without = Screener.Screen(new Post("What I learned from my Year 10 class this term.") { Author = author, Channel = Channel.Blog });
        var with = Screener.Screen(new Post("Views are my own. What I learned from my Year 10 class this term.") { Author = author, Channel = Channel.Blog });

        var finding = Assert.Single(without.Findings);
        Assert.Equal(Category.MissingDisclaimer, finding.Category);
        Assert.Equal(Verdict.Advise, without.Verdict);
        Assert.Empty(with.Findings);
    }

    [Fact]
    public void Defamation_needs_a_subject_and_an_allegation_not_hedged()
    {
        Assert.Contains(Screener.Screen("The headteacher stole money from the PTA.").Findings, f => f.Category == Category.Defamation);
        Assert.DoesNotContain(Screener.Screen("I think the headteacher stole money from the PTA.").Findings, f => f.Category == Category.Defamation);
        Assert.DoesNotContain(Screener.Screen("The headteacher never stole anything.").Findings, f => f.Category == Category.Defamation);
        Assert.DoesNotContain(Screener.Screen("Someone stole my bike.").Findings, f => f.Category == Category.Defamation);
    }

    [Fact]
    public void Custom_policy_rule_composes_with_the_built_in_ones()
    {
        var rule = new PolicyRule("school.custom", Category.Reputation, Detect.Pattern(new System.Text.RegularExpressions.Regex("tuck shop raid", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100))));
        using var screener = ConductScreener.CreateBuilder().AddRule(rule).Build();

        var finding = Assert.Single(screener.Screen("epic tuck shop raid at break").Findings);

        Assert.Equal("school.custom", finding.RuleId);
        Assert.Equal("1.1", finding.Clause);
    }

    [Fact]
    public void Extra_marks_are_recognised()
    {
        using var screener = ConductScreener.CreateBuilder().AddMarks("Bridge Bears").Build();

        Assert.Contains(screener.Screen("Selling Bridge Bears hoodies, DM me").Findings, f => f.Category == Category.LogoMisuse);
    }

    [Fact]
    public void AddConductScreening_registers_one_singleton_and_is_idempotent()
    {
        var services = new ServiceCollection();
        services.AddConductScreening();
        services.AddConductScreening(b => b.AddMarks("ignored second registration"));
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<IConductScreener>();
        var second = provider.GetRequiredService<IConductScreener>();

        Assert.Same(first, second);
        Assert.Same(first, provider.GetRequiredService<ConductScreener>());
        Assert.Equal(Verdict.Review, first.Screen(new Post("shit")).Verdict);
    }

    [Fact]
    public void Contributors_registered_in_the_container_add_their_rules()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IScreenerContributor>(new MarksContributor());
        services.AddConductScreening();
        using var provider = services.BuildServiceProvider();

        var result = provider.GetRequiredService<IConductScreener>().Screen(new Post("Buy Bridge Bears merch now"));

        Assert.Contains(result.Findings, f => f.Category == Category.LogoMisuse);
    }

    private sealed class MarksContributor : IScreenerContributor
    {
        public void Configure(ConductScreenerBuilder builder) => builder.AddMarks("Bridge Bears");
    }
}
