using BBConduct.Rules.Text;

namespace BBConduct.Rules.Tests.Text;

public sealed class NormalizedTextTests
{
    private static List<(string Word, string Original)> Words(string text)
    {
        var normalized = new NormalizedText();
        normalized.Load(text);
        var words = new List<(string, string)>();
        for (var i = 0; i < normalized.TokenCount; i++)
        {
            var token = normalized[i];
            words.Add((normalized.TextOf(i).ToString(), text.Substring(token.OriginalStart, token.OriginalLength)));
        }

        return words;
    }

    [Theory]
    [InlineData("FUCK", "fuck")]
    [InlineData("ｆｕｃｋ", "fuck")]
    [InlineData("𝐟𝐮𝐜𝐤", "fuck")]
    [InlineData("fυсk", "fuck")]
    [InlineData("sh1t", "shit")]
    [InlineData("$hit", "shit")]
    [InlineData("f\u200Bu\u200Dck", "fuck")]
    [InlineData("fü̈ck", "fuck")]
    [InlineData("🇫🇺🇨🇰", "fuck")]
    [InlineData("🅵🆄🅲🅺", "fuck")]
    [InlineData("ⓕⓤⓒⓚ", "fuck")]
    public void Disguised_letters_fold_to_plain_lower_case(string text, string expected)
    {
        var words = Words(text);

        var word = Assert.Single(words);
        Assert.Equal(expected, word.Word);
        Assert.Equal(text.TrimEnd('\u200B'), word.Original);
    }

    [Fact]
    public void Repeated_letters_are_squeezed_and_their_run_lengths_kept()
    {
        var normalized = new NormalizedText();
        normalized.Load("fuuuuck");

        Assert.Equal("fuck", normalized.TextOf(0).ToString());
        Assert.Equal(new byte[] { 1, 4, 1, 1 }, normalized.RunsOf(0).ToArray());
    }

    [Fact]
    public void Possessive_s_is_dropped_so_names_match()
    {
        Assert.Equal(["mrs", "carter", "leson"], Words("Mrs Carter's lesson").Select(w => w.Word));
    }

    [Fact]
    public void Contractions_join_into_one_word()
    {
        Assert.Equal(["dont", "tel"], Words("don't tell").Select(w => w.Word));
    }

    [Fact]
    public void Sentences_break_at_full_stops_but_not_after_titles_or_inside_dotted_words()
    {
        var normalized = new NormalizedText();
        normalized.Load("Mr. Okafor said f.u.c.k today. Then left!");

        var sentences = Enumerable.Range(0, normalized.TokenCount).Select(i => normalized[i].Sentence).ToArray();
        Assert.Equal(0, sentences[0]);
        Assert.Equal(0, sentences[^3]);
        Assert.Equal(1, sentences[^1]);
        Assert.Equal(2, normalized.SentenceCount);
    }

    [Fact]
    public void Offsets_point_into_the_original_text_past_surrogates_and_marks()
    {
        const string Text = "😀 𝐟𝐮𝐜𝐤 e\u0301cole";

        var words = Words(Text);

        Assert.Equal([("fuck", "𝐟𝐮𝐜𝐤"), ("ecole", "e\u0301cole")], words);
    }

    [Fact]
    public void Lone_surrogates_separate_words_and_never_throw()
    {
        var words = Words("a\uD800b\uDC00c d");

        Assert.Equal(["a", "b", "c", "d"], words.Select(w => w.Word));
    }

    [Fact]
    public void High_surrogate_without_its_pair_after_a_symbol_does_not_throw()
    {
        // Found by ScreeningProperties: "$" looked ahead into a high surrogate followed by a letter.
        Assert.Equal(["shs", "a"], Words("sh$\uD83Da").Select(w => w.Word));
    }

    [Fact]
    public void Control_characters_inside_a_word_are_ignored_like_zero_width_ones()
    {
        Assert.Equal("shit", Assert.Single(Words("sh\u0000i\u0007t")).Word);
    }
}
