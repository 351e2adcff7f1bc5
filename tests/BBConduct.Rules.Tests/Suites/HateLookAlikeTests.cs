namespace BBConduct.Rules.Tests.Suites;

/// <summary>
/// The look-alike development suite (<c>Data/hate-look-alikes.jsonl</c>, 379 posts written without opening any
/// evaluation set: 206 for issue 3, then 173 more on implicit derogation and dropped spaces with their contrasts):
/// negated hate, slurs' everyday senses (homonyms), reclaimed words used by their own community,
/// implicit derogation, hostile feelings, hate asked as a question or as praise denied, violence wished on a group, hate with a dropped space, and neutral and positive mentions of groups. The rules were developed
/// against it, so it guards against regressions; it is not a held-out measure.
/// </summary>
public sealed class HateLookAlikeTests
{
    private static List<(string Text, bool Hateful, string Phenomenon)> Suite(string? phenomenon = null) =>
        HateSuite.Read("hate-look-alikes.jsonl", phenomenon);

    private static double Accuracy(string? phenomenon)
    {
        var suite = Suite(phenomenon);
        Assert.NotEmpty(suite);
        return suite.Count(p => HateSuite.Flagged(p.Text) == p.Hateful) / (double)suite.Count;
    }

    [Fact]
    public void Rules_alone_get_nine_in_ten_posts_right() => Assert.InRange(Accuracy(null), 0.9, 1.0);

    // Not all: the everyday senses leave out animals other than a dog's litter, since hate compares people to them
    // ("the coon cat" is flagged).
    [Fact]
    public void Slurs_in_their_everyday_sense_are_almost_never_flagged() => Assert.InRange(Accuracy("homonym"), 0.95, 1.0);

    [Fact]
    public void Neutral_and_positive_mentions_of_a_group_are_never_flagged() =>
        Assert.Empty(Suite().Where(p => p.Phenomenon is "neutral" or "positive" && HateSuite.Flagged(p.Text)).Select(p => p.Text));

    // The contrasts written beside implicit derogation and dropped spaces (counter-speech, denials, history lessons,
    // the same words about no group, innocent glued words): the vocabulary added for the hateful ones must not reach them.
    [Fact]
    public void Contrasts_to_implicit_and_glued_hate_are_rarely_flagged()
    {
        var contrasts = Suite().Where(p => p.Phenomenon is "implicit" or "glued" && !p.Hateful).ToList();
        Assert.True(contrasts.Count >= 30, $"only {contrasts.Count} contrasts");
        Assert.InRange(contrasts.Count(p => !HateSuite.Flagged(p.Text)) / (double)contrasts.Count, 0.95, 1.0);
    }

    [Theory]
    [InlineData("negated_hate", 0.95)]
    [InlineData("reclaimed", 0.9)]
    [InlineData("implicit", 0.8)]
    [InlineData("glued", 0.8)]
    public void Each_phenomenon_is_mostly_right(string phenomenon, double bar) => Assert.InRange(Accuracy(phenomenon), bar, 1.0);
}
