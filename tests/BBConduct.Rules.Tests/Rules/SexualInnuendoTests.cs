using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Sexual innuendo about a person with no explicit word, and the same words in their everyday use.</summary>
public sealed class SexualInnuendoTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("honestly I'd totally do her")]
    [InlineData("he wants to get in her pants")]
    [InlineData("she gives great head apparently")]
    [InlineData("let's sext tonight")]
    [InlineData("rate my body 1-10 in the comments")]
    [InlineData("wanna hook up after school?")]
    public void Innuendo_about_a_person_is_sexual_content(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Sexual);

    [Theory]
    [InlineData("I'd do her homework for her if she asked nicely")]
    [InlineData("Can someone hook up the projector in room 12?")]
    [InlineData("Online safety: sexting under 18 is illegal, talk to a trusted adult.")]
    [InlineData("Bend over and touch your toes to stretch, Year 7!")]
    [InlineData("Head of Year 9 gives great advice about options")]
    public void The_same_words_in_everyday_use_are_not_sexual_content(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Sexual);
}
