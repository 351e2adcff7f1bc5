using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Images.Tests;

public sealed class LogoImageRuleTests
{
    private static readonly Dictionary<string, byte[]> Files = new(StringComparer.Ordinal)
    {
        ["crest-copy.jpg"] = SyntheticImages.Jpeg(SyntheticImages.Scaled(SyntheticImages.Logo(7), 0.6f), 60),
        ["holiday.jpg"] = SyntheticImages.Jpeg(SyntheticImages.Scene(3), 80),
    };

    private static ConductScreener Screener() => ConductScreener.CreateBuilder()
        .WithoutDefaultRules()
        .AddRule(new LogoImageRule(
            LogoRegistry.FromImages([("school-crest.png", SyntheticImages.Png(SyntheticImages.Logo(7)))]),
            open: path => Files.TryGetValue(path, out var bytes) ? new MemoryStream(bytes) : null))
        .Build();

    [Fact]
    public void Attached_copy_of_the_crest_is_a_LogoMisuse_finding_naming_the_attachment()
    {
        using var screener = Screener();
        var result = screener.Screen(new Post("Our new team kit!") { Attachments = [new Attachment("holiday.jpg"), new Attachment("crest-copy.jpg", "image/jpeg")] });

        var finding = Assert.Single(result.Findings);
        Assert.Equal(Category.LogoMisuse, finding.Category);
        Assert.Equal("logo.image", finding.RuleId);
        Assert.Equal("crest-copy.jpg", finding.Detail);
        Assert.Contains("crest-copy.jpg", finding.Message, StringComparison.Ordinal);
        Assert.Contains("school-crest.png", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Missing_or_unrelated_attachments_and_official_school_posts_are_not_flagged()
    {
        using var screener = Screener();
        Assert.Empty(screener.Screen(new Post("Beach") { Attachments = [new Attachment("holiday.jpg"), new Attachment("gone.png")] }).Findings);
        Assert.Empty(screener.Screen(new Post("Open evening") { Channel = Channel.School, Author = new Person("Office", Role.Staff), Attachments = [new Attachment("crest-copy.jpg")] }).Findings);
    }
}
