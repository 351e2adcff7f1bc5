using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Suites;

/// <summary>
/// What the hate development suites share: one file of posts labelled hateful or not with the phenomenon each shows,
/// read from <c>Data/</c>, and "flagged" meaning the rules report an equality offence, harassment or a threat.
/// </summary>
internal static class HateSuite
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    /// <summary>Whether the rules report <paramref name="text"/> as an equality offence, harassment or a threat.</summary>
    public static bool Flagged(string text) =>
        Screener.Screen(text).Findings.Any(f => f.Category is Category.EqualityOffence or Category.Harassment or Category.Threat);

    /// <summary>The posts of <paramref name="file"/>, or only those showing <paramref name="phenomenon"/>.</summary>
    public static List<(string Text, bool Hateful, string Phenomenon)> Read(string file, string? phenomenon = null) =>
        [.. TestData.JsonLines(file)
            .Select(item => (item.GetProperty("text").GetString()!, item.GetProperty("hateful").GetBoolean(), item.GetProperty("phenomenon").GetString()!))
            .Where(p => phenomenon is null || p.Item3 == phenomenon)];
}
