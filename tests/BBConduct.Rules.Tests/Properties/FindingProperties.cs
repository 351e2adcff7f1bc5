using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;
using FsCheck;
using FsCheck.Xunit;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>Properties of results: ordered findings, a verdict that is the worst severity, and disguise that changes nothing.</summary>
public sealed class FindingProperties
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool Findings_are_sorted_by_position_and_lie_inside_the_text(Post post)
    {
        var findings = Screener.Screen(post).Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (f.Start < 0 || f.Length < 0 || f.Start + f.Length > post.Text.Length || (i > 0 && findings[i - 1].Start > f.Start))
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool Verdict_is_the_most_severe_finding_and_allow_without_findings(Post post)
    {
        var result = Screener.Screen(post);
        var expected = result.Findings.Count == 0 ? Verdict.Allow : (Verdict)result.Findings.Max(f => (int)f.Severity);
        return result.Error is null && result.Verdict == expected && result.IsPublishable == (expected <= Verdict.Advise);
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool Disguising_a_lexicon_word_with_look_alikes_and_invisible_characters_never_changes_the_categories((string Plain, string Disguised) pair)
    {
        var plain = Categories(pair.Plain);
        return plain.Count > 0 && plain.SetEquals(Categories(pair.Disguised));
    }

    [Property(Arbitrary = [typeof(HostileText)], MaxTest = 100)]
    public bool Screening_is_deterministic_across_threads(string text)
    {
        var expected = Serialization.ResultJson.Serialize(Screener.Screen(text));
        var results = new string[4];
        Parallel.For(0, results.Length, i => results[i] = Serialization.ResultJson.Serialize(Screener.Screen(text)));
        return results.All(r => r == expected);
    }

    [Property(MaxTest = 8)]
    public bool A_post_of_a_megabyte_of_any_repeated_hostile_piece_screens_without_error(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var pieces = new[] { "\uD800", "\u0301", "\u200B", "а", "🅵", "😀", "sh1t ", "u", "\u202E", "Mr Okafor ", "\r\n" };
        var piece = string.Concat(Enumerable.Range(0, 1 + random.Next(4)).Select(_ => pieces[random.Next(pieces.Length)]));
        var text = string.Concat(Enumerable.Repeat(piece, (1024 * 1024 / piece.Length) + 1));
        var result = Screener.Screen(text);
        return result.Error is null && result.Findings.All(f => f.Start + f.Length <= text.Length);
    }

    private static HashSet<Category> Categories(string text) => [.. Screener.Screen(text).Findings.Select(f => f.Category)];
}
