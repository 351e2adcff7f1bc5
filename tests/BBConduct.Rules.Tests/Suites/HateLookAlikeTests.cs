namespace BBConduct.Rules.Tests.Suites;

/// <summary>
/// The look-alike development suite (<c>Data/hate-look-alikes.jsonl</c>, 206 posts written for issue 3 without opening
/// any evaluation set): negated hate, slurs' everyday senses (homonyms), reclaimed words used by their own community,
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

    [Theory]
    [InlineData("negated_hate", 0.95)]
    [InlineData("reclaimed", 0.9)]
    [InlineData("implicit", 0.8)]
    [InlineData("glued", 0.8)]
    public void Each_phenomenon_is_mostly_right(string phenomenon, double bar) => Assert.InRange(Accuracy(phenomenon), bar, 1.0);
}
