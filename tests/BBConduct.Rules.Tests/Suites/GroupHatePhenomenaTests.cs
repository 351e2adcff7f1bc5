namespace BBConduct.Rules.Tests.Suites;

/// <summary>
/// The group-hate development suite (<c>Data/group-hate-phenomena.jsonl</c>, 418 posts written for the project by a
/// writer who had not seen any evaluation set): hate against protected groups in many forms, and the look-alikes that
/// are not hate (praise, denial, counter-speech, reclaimed words, homonyms, untargeted swearing). The rules were
/// developed against it, so it guards against regressions; it is not a held-out measure.
/// </summary>
public sealed class GroupHatePhenomenaTests
{
    private static List<(string Text, bool Hateful, string Phenomenon)> Suite() => HateSuite.Read("group-hate-phenomena.jsonl");

    [Fact]
    public void Rules_alone_get_at_least_four_in_five_posts_right()
    {
        var suite = Suite();
        var correct = suite.Count(p => HateSuite.Flagged(p.Text) == p.Hateful);

        Assert.True(suite.Count >= 400, $"suite has {suite.Count} posts");
        Assert.True(correct >= 0.8 * suite.Count, $"{correct}/{suite.Count} correct");
    }

    [Fact]
    public void Praise_and_neutral_mentions_of_a_group_are_never_flagged()
    {
        var wrong = Suite().Where(p => p.Phenomenon is "positive" or "neutral" && HateSuite.Flagged(p.Text)).Select(p => p.Text).ToList();

        Assert.Empty(wrong);
    }
}
