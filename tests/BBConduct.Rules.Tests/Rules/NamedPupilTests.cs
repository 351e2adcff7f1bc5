using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>Allegations about a pupil named by first name, or a teacher named in lower case, are about a person.</summary>
public sealed class NamedPupilTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("jake stole the ipads from the IT room")]
    [InlineData("Amy cheated in the mocks, her tutor got her the paper")]
    [InlineData("mr hughes got sacked from his last school for hitting a kid")]
    [InlineData("mrs baker faked my coursework mark")]
    public void An_allegation_about_a_pupil_or_teacher_named_as_pupils_write_is_defamation(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Defamation);

    [Theory]
    [InlineData("Year 8 Art: we studied William Morris's Strawberry Thief print")]
    [InlineData("Oliver Cromwell was accused of having robbed the churches")]
    [InlineData("Jake never stole anything, he was with me")]
    [InlineData("Did Amy really cheat?")]
    public void A_public_figures_full_name_a_denial_or_a_question_is_not_an_allegation(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Defamation);

    [Theory]
    [InlineData("i miss you so much")]
    [InlineData("join the lesson on ms teams at 9")]
    public void A_lower_case_miss_or_ms_is_not_a_title(string text) =>
        Assert.Empty(Screener.Screen(text).Findings);

    [Fact]
    public void A_lower_case_mr_and_mrs_name_the_teacher_not_the_word_and()
    {
        var names = Screener.Screen("mr and mrs smith came to the play").Findings
            .Where(f => f.RuleId == "consent.unregistered-staff")
            .Select(f => f.Excerpt);

        Assert.Equal(["mrs smith"], names);
    }
}
