using System.Text.Json;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.Tests;

/// <summary>
/// The whole engine (every rule plus the classifier) on <c>tests/BBConduct.Rules.Tests/Data/group-statements.jsonl</c>:
/// 620 posts about protected groups written for the project on 2026-12-02 by a writer who opened no project file,
/// evaluation set or corpus. 420 are not hateful (positive and neutral mentions, counter-speech quoting or referring to
/// hate, denied hate, people describing their own group, untargeted swearing, rudeness about one person's behaviour);
/// 200 are (derogation, implicit hate, denied praise, hate as a question or opinion, threats, slurs). Not trained on:
/// it decided how the classifier rule reports abuse aimed only at a group, so it is a development set, and the bars sit
/// just under what the engine scored when it was added (hateful 0.715, not hateful 0.960).
/// </summary>
public sealed class GroupStatementsSuiteTests
{
    private static readonly string[] Hostile = [nameof(Category.EqualityOffence), nameof(Category.Harassment), nameof(Category.Threat)];

    [Fact]
    public void Whole_engine_flags_most_hateful_posts_about_groups_and_leaves_friendly_and_neutral_ones_alone()
    {
        var rows = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "BBConduct.Rules.Tests", "Data", "group-statements.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (Text: r.GetProperty("text").GetString()!, Hateful: r.GetProperty("hateful").GetBoolean(), Kind: r.GetProperty("kind").GetString()!))
            .ToList();
        Assert.Equal(620, rows.Count);
        using var engine = ConductScreener.CreateBuilder().AddRule(new ToxicityClassifierRule()).Build();

        int hatefulFound = 0, hateful = 0, cleanKept = 0, clean = 0;
        foreach (var (text, isHateful, kind) in rows)
        {
            var categories = engine.Screen(text).Findings.Select(f => f.Category.ToString()).ToHashSet();
            if (isHateful)
            {
                hateful++;
                hatefulFound += categories.Overlaps(Hostile) ? 1 : 0;
            }
            else
            {
                clean++;
                // Rudeness about one person's behaviour may be harassment; it is never an equality offence.
                var wrong = kind == "insult_individual_nonprotected"
                    ? categories.Contains(nameof(Category.EqualityOffence))
                    : categories.Overlaps(Hostile);
                cleanKept += wrong ? 0 : 1;
            }
        }

        Assert.True(hatefulFound >= 0.68 * hateful, $"hateful posts flagged: {hatefulFound}/{hateful}");
        Assert.True(cleanKept >= 0.94 * clean, $"posts that are not hateful left unflagged: {cleanKept}/{clean}");
    }
}
