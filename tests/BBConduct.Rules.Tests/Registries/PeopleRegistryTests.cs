using System.Text;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Registries;

public sealed class PeopleRegistryTests
{
    private static PeopleRegistry Load(string csv) => PeopleRegistry.Load(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "people.csv");

    [Fact]
    public void Columns_may_come_in_any_order_with_a_bom()
    {
        var registry = Load("\uFEFFrole,consent,name,aliases\nstaff,yes,Helen Carter,Mrs Carter\npartner,,Moorland Leisure Trust,MLT\n");

        Assert.Equal(2, registry.Count);
        Assert.True(registry[0].Consent);
        Assert.Equal(Role.Partner, registry[1].Role);
        Assert.False(registry[1].Consent);
    }

    [Fact]
    public void Unknown_role_names_file_line_and_column()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("name,aliases,role,consent\nHelen Carter,,staff,true\nBob,,teacher,true\n"));

        Assert.Equal(3, ex.Line);
        Assert.Equal("role", ex.Property);
        Assert.StartsWith("people.csv(3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_is_refused()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("name,aliases\nHelen Carter,Mrs Carter\n"));

        Assert.Contains("'role'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_is_an_error_not_a_swallowed_file()
    {
        var ex = Assert.Throws<PolicyException>(() => Load("name,aliases,role,consent\n\"Helen Carter,,staff,true\nBob,,staff,true\n"));

        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Consented_staff_are_not_flagged_and_unconsented_are_with_any_alias()
    {
        var registry = Load("name,aliases,role,consent\nHelen Carter,Mrs Carter,staff,true\nRajesh Patel,Head of Maths,staff,false\n");
        using var screener = ConductScreener.CreateBuilder().WithPeople(registry).Build();

        var consented = screener.Screen("Mrs Carter's revision session was brilliant");
        var unconsented = screener.Screen("Great news from the HEAD OF MATHS today");
        var titled = screener.Screen("Mr. Patel is the best");

        Assert.Empty(consented.Findings);
        Assert.Contains(unconsented.Findings, f => f.Category == Category.UnconsentedReference && f.Excerpt == "HEAD OF MATHS");
        Assert.Contains(titled.Findings, f => f.Category == Category.UnconsentedReference && f.Excerpt == "Mr. Patel");
    }

    [Theory]
    [InlineData("Mr Dyke coached the under-14s to the county final")]
    [InlineData("Peter Bonner is our new head of science")]
    [InlineData("Thanks to Mr Cock for twenty years at Blythe Bridge")]
    public void A_registered_name_that_spells_a_rude_word_is_not_reported_as_one(string text)
    {
        var registry = Load("name,aliases,role,consent\nTom Dyke,Mr Dyke,staff,true\nPeter Bonner,Mr Bonner,staff,true\nJohn Cock,Mr Cock,staff,true\n");
        using var screener = ConductScreener.CreateBuilder().WithPeople(registry).Build();
        using var unregistered = ConductScreener.CreateDefault();

        Assert.Empty(screener.Screen(text).Findings);
        Assert.NotEmpty(unregistered.Screen(text).Findings);
    }

    [Fact]
    public void The_same_word_outside_a_registered_name_is_still_reported()
    {
        var registry = Load("name,aliases,role,consent\nTom Dyke,Mr Dyke,staff,true\n");
        using var screener = ConductScreener.CreateBuilder().WithPeople(registry).Build();

        var findings = screener.Screen("Mr Dyke is a dyke").Findings;

        Assert.Contains(findings, f => f.Category == Category.EqualityOffence && f.Excerpt == "dyke");
        Assert.Contains(findings, f => f.Category == Category.Harassment && f.Excerpt == "Mr Dyke is a dyke");
    }

    [Fact]
    public void An_unconsented_name_is_still_reported_when_it_spells_a_rude_word()
    {
        var registry = Load("name,aliases,role,consent\nPeter Bonner,Mr Bonner,staff,false\n");
        using var screener = ConductScreener.CreateBuilder().WithPeople(registry).Build();

        var findings = screener.Screen("Mr Bonner will run the chess club").Findings;

        Assert.Equal(Category.UnconsentedReference, Assert.Single(findings).Category);
    }

    [Fact]
    public void Official_school_posts_by_staff_may_name_colleagues()
    {
        var registry = Load("name,aliases,role,consent\nRajesh Patel,,staff,false\n");
        using var screener = ConductScreener.CreateBuilder().WithPeople(registry).Build();

        var result = screener.Screen(new Post("Rajesh Patel will run the maths clinic on Thursday.") { Author = new Person(null, Role.Staff), Channel = Channel.School });

        Assert.Empty(result.Findings);
    }
}
