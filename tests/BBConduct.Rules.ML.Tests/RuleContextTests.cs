using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.Tests;

/// <summary>The rules' reading of a post overrules the classifier where the policy is about people, not words.</summary>
public sealed class RuleContextTests
{
    private static ConductScreener Screener(bool useRuleContext) => ConductScreener.CreateBuilder()
        .WithoutDefaultRules()
        .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { UseRuleContext = useRuleContext, HarassmentThreshold = 0.05 }))
        .Build();

    [Theory]
    [InlineData("fuck yeah, finally finished the coursework")]
    [InlineData("what the fuck is that noise, fucking hell that was close")]
    public void Untargeted_swearing_is_not_reported_as_harassment_by_the_classifier(string text)
    {
        using var withContext = Screener(useRuleContext: true);
        using var without = Screener(useRuleContext: false);

        Assert.Contains(without.Screen(text).Findings, f => f.Category == Category.Harassment);
        Assert.DoesNotContain(withContext.Screen(text).Findings, f => f.Category == Category.Harassment);
    }

    [Fact]
    public void The_hate_head_reports_only_posts_that_name_a_protected_group()
    {
        // A threshold of zero makes the head fire on everything, so only the rule context decides.
        using var screener = ConductScreener.CreateBuilder()
            .WithoutDefaultRules()
            .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { EqualityThreshold = 0, HarassmentThreshold = 1 }))
            .Build();

        Assert.DoesNotContain(screener.Screen("the bus was late again and the canteen ran out of chips").Findings, f => f.Category == Category.EqualityOffence);
        Assert.Contains(screener.Screen("the bus was late again and the immigrants on it were loud").Findings, f => f.Category == Category.EqualityOffence);
    }

    [Fact]
    public void The_toxicity_head_reports_a_post_aimed_only_at_a_group_as_an_equality_offence()
    {
        // A threshold of zero makes the toxicity head fire on everything, so only the rule context decides.
        using var screener = ConductScreener.CreateBuilder()
            .WithoutDefaultRules()
            .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { HarassmentThreshold = 0, EqualityThreshold = 1 }))
            .Build();

        var atGroup = screener.Screen("the Muslim students are the worst in the school").Findings;
        Assert.DoesNotContain(atGroup, f => f.Category == Category.Harassment);
        Assert.Contains(atGroup, f => f.Category == Category.EqualityOffence && f.Detail == "toxic");
        Assert.Contains(screener.Screen("you are the worst in the school").Findings, f => f.Category == Category.Harassment);
        Assert.Contains(screener.Screen("she is the worst in the school").Findings, f => f.Category == Category.Harassment);
    }

    [Fact]
    public void A_post_at_a_group_that_both_heads_flag_gets_one_classifier_finding_from_the_hate_head()
    {
        using var screener = ConductScreener.CreateBuilder()
            .WithoutDefaultRules()
            .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { HarassmentThreshold = 0, EqualityThreshold = 0 }))
            .Build();

        var finding = Assert.Single(screener.Screen("the Muslim students are the worst in the school").Findings);
        Assert.Equal(Category.EqualityOffence, finding.Category);
        Assert.Equal("hate", finding.Detail);
    }

    [Fact]
    public void Aimed_abuse_is_still_reported()
    {
        using var withContext = Screener(useRuleContext: true);

        Assert.Contains(withContext.Screen("you are a worthless pathetic loser").Findings, f => f.Category == Category.Harassment && f.Score is > 0);
    }

    [Fact]
    public void Counter_speech_is_not_reported()
    {
        using var withContext = Screener(useRuleContext: true);
        using var without = Screener(useRuleContext: false);
        const string Text = "Calling someone a worthless loser is bullying and it is unacceptable.";

        Assert.NotEmpty(without.Screen(Text).Findings);
        Assert.Empty(withContext.Screen(Text).Findings);
    }

    [Theory]
    [InlineData("I love Muslims and I'm proud of our mosque.")]
    [InlineData("Women are not inferior to men in any way.")]
    [InlineData("I would never say immigrants are worthless.")]
    [InlineData("No gay person deserves to be abused for who they love.")]
    [InlineData("I have nothing against gay people.")]
    [InlineData("I don't want to hurt trans people, I just want to understand.")]
    [InlineData("Trans pupils at our school are being bullied and it has to stop.")]
    [InlineData("Saying that immigrants are a burden is just ignorant.")]
    [InlineData("as a proud dyke I can say the parade was brilliant")]
    [InlineData("\"Muslims are scum.\" That is what he shouted at my mum.")]
    [InlineData("\"Immigrants are parasites\" is a disgusting thing to post.")]
    [InlineData("I'm sick of hearing 'immigrants are lazy' from my uncle.")]
    [InlineData("Whoever hurts disabled pupils will have to answer to the head.")]
    [InlineData("Someone who attacks immigrants for their accent should be reported.")]
    [InlineData("If anyone hurts a Muslim pupil, tell a teacher straight away.")]
    [InlineData("Gay people have never been a threat to my family.")]
    [InlineData("Gay people are just people, no big deal.")]
    [InlineData("Muslim families in our town are the friendliest people I know.")]
    [InlineData("Disabled pupils fought for every ramp we've got, give them credit.")]
    [InlineData("Trans people have always been part of our town and I'm glad they're seen.")]
    [InlineData("No refugee deserves to die at sea.")]
    [InlineData("I don't think disabled people should be attacked.")]
    [InlineData("Trans women are women.")]
    [InlineData("Deaf people have opinions that matter, so listen to them.")]
    [InlineData("Polish families should feel welcome here.")]
    [InlineData("Calling Muslims terrorists is hateful.")]
    [InlineData("Nothing makes me angrier than people abusing Muslim women in the street.")]
    [InlineData("Refugees are not thieves, so stop the fucking rumours.")]
    [InlineData("Disabled people are not a burden, what the hell is wrong with you lot")]
    [InlineData("Nobody in their right mind wants Muslims driven out.")]
    [InlineData("Gay teachers have never been sneaky about anything.")]
    public void A_friendly_denied_reported_or_reclaimed_group_statement_is_not_reported(string text)
    {
        // Thresholds of zero make both heads fire on everything, so only the rules' reading decides.
        using var screener = ConductScreener.CreateBuilder()
            .WithoutDefaultRules()
            .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { EqualityThreshold = 0, HarassmentThreshold = 0 }))
            .Build();

        Assert.Empty(screener.Screen(text).Findings);
    }

    [Theory]
    [InlineData("I love Muslims but immigrants are vermin.")]
    [InlineData("Women are not inferior, they are just stupid.")]
    [InlineData("Trans pupils are being bullied and they deserve it, the freaks.")]
    [InlineData("Calling immigrants a burden is fair, those people are scum.")]
    [InlineData("Immigrants are never helpful to anyone here.")]
    [InlineData("My mate said \"hi\" and then called Muslims vermin.")]
    [InlineData("Gay people are a disgrace, no big deal if they leave.")]
    [InlineData("No Muslim deserves to live here, they should all die.")]
    [InlineData("Wouldn't you agree that Muslims can never be loyal?")]
    [InlineData("Why won't anyone admit that refugees are a drain?")]
    [InlineData("Why are women so dirty?")]
    [InlineData("Muslims are hateful.")]
    [InlineData("Fucking immigrants, I'm not even joking.")]
    [InlineData("Muslims are not welcome here, fuck off.")]
    public void Hostile_wording_anywhere_keeps_the_classifier_finding(string text)
    {
        using var screener = ConductScreener.CreateBuilder()
            .WithoutDefaultRules()
            .AddRule(new ToxicityClassifierRule(new ToxicityClassifierOptions { EqualityThreshold = 0, HarassmentThreshold = 1 }))
            .Build();

        Assert.Contains(screener.Screen(text).Findings, f => f.Category == Category.EqualityOffence);
    }
}
