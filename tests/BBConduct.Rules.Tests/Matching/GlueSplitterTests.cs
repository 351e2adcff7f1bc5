using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>A group run into the word beside it is read apart; real words, places and the lists' own terms are not.</summary>
public sealed class GlueSplitterTests
{
    private static readonly CompiledPolicy Compiled = new(ConductPolicy.Default, PeopleRegistry.Empty);
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("There's a Muslimfamily on our road", "muslim", "Muslim", "family", "family")]
    [InlineData("why do Asiansbreed like that", "asians", "Asians", "bred", "breed")]
    [InlineData("clear out everyimmigrant", "every", "every", "imigrant", "immigrant")]
    [InlineData("Lesbiansdon't deserve it", "lesbians", "Lesbians", "dont", "don't")]
    [InlineData("NoMuslim deserves that", "no", "No", "muslim", "Muslim")]
    public void A_group_glued_to_a_word_becomes_two_tokens_with_their_own_spans(string text, string first, string firstWritten, string second, string secondWritten)
    {
        var words = Split(text);

        var at = Array.IndexOf(words.Select(w => w.Text).ToArray(), first);
        Assert.True(at >= 0, $"'{first}' is not a token of '{text}'");
        Assert.Equal(second, words[at + 1].Text);
        Assert.Equal(firstWritten, words[at].Written);
        Assert.Equal(secondWritten, words[at + 1].Written);
    }

    [Fact]
    public void Each_cut_is_recorded_where_its_second_word_begins_in_the_original()
    {
        const string Text = "no Muslimfamily, no everyimmigrant";
        var normalized = new NormalizedText();
        normalized.Load(Text);

        Compiled.Glue!.Split(normalized);

        Assert.Equal([Text.IndexOf("family", StringComparison.Ordinal), Text.IndexOf("immigrant", StringComparison.Ordinal)], normalized.Cuts.ToArray());
        normalized.Load(Text);
        Assert.Equal(0, normalized.CutCount);
    }

    [Theory]
    [InlineData("the blacksmith shod the horse")]
    [InlineData("a day out in Blackpool")]
    [InlineData("the bus to Kidsgrove")]
    [InlineData("Manchester won")]
    [InlineData("the blackout lasted an hour")]
    [InlineData("a day out in Blackburn")]
    [InlineData("Conor scored twice")]
    [InlineData("he called me a jewboy")]
    [InlineData("the Jewsons van is outside")]
    [InlineData("what a dotard he is")]
    [InlineData("Mu$limfamily")]
    public void Real_words_places_names_listed_terms_and_disguised_letters_stay_whole(string text)
    {
        var plain = new NormalizedText();
        plain.Load(text);

        var words = Split(text);

        Assert.Equal(plain.TokenCount, words.Length);
    }

    [Fact]
    public void A_glued_group_is_screened_as_if_the_space_were_there()
    {
        var spaced = Screener.Screen("asians breed like rabbits");

        var glued = Screener.Screen("asiansbreed like rabbits");

        Assert.Contains(spaced.Findings, f => f.Category == Category.EqualityOffence);
        Assert.Contains(glued.Findings, f => f.Category == Category.EqualityOffence && f.Start == 0);
    }

    [Theory]
    [InlineData("Blackpool is a dump")]
    [InlineData("Connor is a legend")]
    [InlineData("Kidsgrove were rubbish on Saturday")]
    [InlineData("Jewsons were rubbish again, the delivery never came")]
    public void Places_and_names_that_begin_with_a_group_word_are_not_reported(string text)
    {
        Assert.DoesNotContain(Screener.Screen(text).Findings, f => f.Category is Category.EqualityOffence or Category.Harassment);
    }

    private static (string Text, string Written)[] Split(string text)
    {
        var normalized = new NormalizedText();
        normalized.Load(text);
        Compiled.Glue!.Split(normalized);
        return [.. Enumerable.Range(0, normalized.TokenCount).Select(i =>
            (normalized.TextOf(i).ToString(), text[normalized[i].OriginalStart..normalized[i].OriginalEnd]))];
    }
}
