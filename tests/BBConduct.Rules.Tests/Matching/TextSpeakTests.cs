using BBConduct.Rules.Findings;
using BBConduct.Rules.Matching;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>Listed phrases written the way pupils text them ("why r u even alive") are the same phrases.</summary>
public sealed class TextSpeakTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("why r u even alive", Category.Harassment)]
    [InlineData("nobody likes u", Category.Harassment)]
    [InlineData("u r so ugly", Category.Harassment)]
    [InlineData("ur goin to regret this", Category.Threat)]
    [InlineData("you're goin to regret this", Category.Threat)]
    public void A_listed_phrase_in_text_speak_is_found(string text, Category category) =>
        Assert.Contains(Screener.Screen(text).Findings, f => f.Category == category);

    [Theory]
    [InlineData("c u tmrw at skool!! luv u")]
    [InlineData("r u coming to the disco tonite? ppl r meeting at 7")]
    [InlineData("cant wait to c u, wat time r u free?")]
    [InlineData("im gonna be late cos the bus broke down")]
    public void Friendly_text_speak_is_not_flagged(string text) =>
        Assert.Empty(Screener.Screen(text).Findings);

    [Theory]
    [InlineData("y r u even here", true)]
    [InlineData("why are u even here", true)]
    [InlineData("why r you even here", true)]
    [InlineData("why are you even here", true)]
    [InlineData("why are we even here", false)]
    public void Each_word_may_be_respelt_on_its_own_or_together(string text, bool found) =>
        Assert.Equal(found, Hits([new Term("why are you even here", 0, TextSpeak: true)], text).Count > 0);

    [Fact]
    public void Two_words_written_as_one_are_respelt()
    {
        Term[] terms = [new Term("you are going to regret", 0, TextSpeak: true)];

        Assert.NotEmpty(Hits(terms, "ur gonna regret"));
        Assert.NotEmpty(Hits(terms, "u r gunna regret"));
    }

    [Fact]
    public void A_term_not_allowed_text_speak_is_matched_only_as_written()
    {
        Term[] terms = [new Term("why are you here", 0)];

        Assert.NotEmpty(Hits(terms, "why are you here"));
        Assert.Empty(Hits(terms, "y r u here"));
    }

    [Fact]
    public void A_term_respelt_to_one_letter_alone_is_not_indexed()
    {
        // "u" or "r" alone stands for too much to be read as the listed word.
        Assert.Empty(Hits([new Term("you", 0, TextSpeak: true)], "part u of the test"));
        Assert.NotEmpty(Hits([new Term("you", 0, TextSpeak: true)], "ya"));
    }

    [Theory]
    [InlineData("coming for you", "comin for you", true)]
    [InlineData("going to get you", "goin to get you", true)]
    [InlineData("bring it", "brin it", false)]
    [InlineData("the thing", "the thin", false)]
    [InlineData("string them up", "strin them up", false)]
    public void A_verb_may_drop_its_final_g_but_a_word_ending_in_ing_may_not(string term, string text, bool found) =>
        Assert.Equal(found, Hits([new Term(term, 0, TextSpeak: true)], text).Count > 0);

    [Fact]
    public void A_respelling_keeps_the_span_of_the_words_written()
    {
        const string Text = "honestly why r u even alive lol";

        var finding = Assert.Single(Screener.Screen(Text).Findings, f => f.Category == Category.Harassment);

        Assert.Equal("why r u even alive", finding.Excerpt);
    }

    private static List<Hit> Hits(Term[] terms, string text) => new PhraseMatcher(terms, -1).HitsIn(text);
}
