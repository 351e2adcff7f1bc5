using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>A pupil disclosing that nobody would miss them or that they are hurt at home, and ordinary news in the same words.</summary>
public sealed class WellbeingDisclosureTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("I feel like nobody would notice if I was gone")]
    [InlineData("nobody would miss me")]
    [InlineData("my stepdad hits me when he's drunk")]
    [InlineData("I'm scared to go home")]
    public void A_pupil_saying_nobody_would_miss_them_or_that_they_are_hurt_at_home_is_a_disclosure(string text) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == Category.Wellbeing);

    [Theory]
    [InlineData("Don't be scared to go home early if you feel unwell, just tell reception")]
    [InlineData("The ball hit me right in the face in PE")]
    public void The_same_words_in_ordinary_news_are_not_a_disclosure(string text) =>
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category == Category.Wellbeing);
}
