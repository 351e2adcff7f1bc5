using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Screening;

/// <summary>The post as the rules read it, for the classifier: disguises restored, spans mapped back to the original.</summary>
public sealed class ReadableTextTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("mulsims are vermin", "muslims are vermin")]
    [InlineData("you f u c k i n g idiot", "you fucking idiot")]
    [InlineData("you're a btich", "you're a bitch")]
    [InlineData("There's a Muslimfamily on our road", "There's a Muslim family on our road")]
    [InlineData("SH1T, I missed the bus", "shit, I missed the bus")]
    [InlineData("Bl4ck people 5hould go back", "black people should go back")]
    public void Disguised_words_and_glued_groups_are_read_as_the_rules_saw_them(string text, string expected)
    {
        var readable = ReadableText.Of(Load(text));

        Assert.True(readable.Restored);
        Assert.Equal(expected, readable.Text);
    }

    [Theory]
    [InlineData("Great effort from Year 8 at sports day!")]
    [InlineData("those bitches were fighting again")]
    [InlineData("shut the f**k up")]
    [InlineData("Well done to the Year 7 girls, 3rd place!")]
    public void A_post_with_nothing_to_restore_is_its_own_text(string text)
    {
        // Folded and inflected words are read as written, and digits outside a matched word stay; a mask's first
        // candidate is a leet spelling ("f0ck"), which reads no better than the mask.
        var readable = ReadableText.Of(Load(text));

        Assert.False(readable.Restored);
        Assert.Same(text, readable.Text);
    }

    [Fact]
    public void Reading_a_post_with_hits_but_nothing_to_restore_allocates_nothing()
    {
        var context = Load("you are a total idiot and everyone in year 9 knows it");
        Assert.NotEmpty(context.Hits);
        var fewest = long.MaxValue;

        // Rounds until the optimised code runs (see ConductScreenerTests), for up to five seconds.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var round = 0; round < 3 || (fewest > 0 && clock.Elapsed < TimeSpan.FromSeconds(5)); round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
            {
                _ = ReadableText.Of(context);
            }

            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, fewest);
    }

    [Fact]
    public void Spans_of_the_read_text_map_back_onto_the_original()
    {
        const string Text = "honestly mulsims are vermin";
        var readable = ReadableText.Of(Load(Text));
        var read = readable.Text;

        // Before the restored word, across it, inside it and after it.
        Assert.Equal((0, 8), readable.ToOriginal(read.IndexOf("honestly", StringComparison.Ordinal), 8));
        Assert.Equal("mulsims are", Slice(Text, readable.ToOriginal(read.IndexOf("muslims are", StringComparison.Ordinal), "muslims are".Length)));
        Assert.Equal("mulsims", Slice(Text, readable.ToOriginal(read.IndexOf("usli", StringComparison.Ordinal), 4)));
        Assert.Equal("vermin", Slice(Text, readable.ToOriginal(read.IndexOf("vermin", StringComparison.Ordinal), 6)));
    }

    private static string Slice(string text, (int Start, int Length) span) => text.Substring(span.Start, span.Length);

    private static ScreeningContext Load(string text)
    {
        var context = new ScreeningContext(Screener.Compiled);
        context.Load(new Post(text));
        return context;
    }
}
