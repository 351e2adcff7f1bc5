using System.Globalization;
using System.Text;
using BBConduct.Cli.Evaluation;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using Xunit.Abstractions;

namespace BBConduct.Cli.Tests;

/// <summary>The labelled school suite: every category must reach recall 0.90 and clean rate 0.95.</summary>
public sealed class LabelledSuiteTests(ITestOutputHelper output)
{
    private const double RecallBar = 0.90;
    private const double CleanBar = 0.95;

    [Fact]
    public void Suite_meets_recall_and_clean_rate_bars_for_every_category()
    {
        var posts = LabelledSuite.Load(TestPaths.Data("labelled-posts.jsonl"));
        using var people = File.OpenRead(TestPaths.Data("people.csv"));
        using var screener = ConductScreener.CreateBuilder().WithPeople(PeopleRegistry.Load(people, "people.csv")).Build();

        var score = LabelledSuite.Score(screener, posts);

        var report = new StringBuilder();
        var failures = new List<string>();
        foreach (var c in score.Categories)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{c.Category,-22} recall {c.Recall:0.000} ({c.Caught}/{c.Positives})  clean {c.CleanRate:0.000} ({c.Clean}/{c.Negatives})  missed [{string.Join(' ', c.Misses)}]  false alarms [{string.Join(' ', c.FalseAlarms)}]");
            if (c.Recall < RecallBar)
            {
                failures.Add($"{c.Category} recall {c.Recall:0.000}");
            }

            if (c.CleanRate < CleanBar)
            {
                failures.Add($"{c.Category} clean rate {c.CleanRate:0.000}");
            }
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"hard negatives clean {score.HardNegativeCleanRate:0.000} ({score.CleanHardNegatives}/{score.HardNegatives})");
        output.WriteLine(report.ToString());
        Assert.True(posts.Count >= 300, $"the suite has {posts.Count} posts; at least 300 are required");
        Assert.True(score.HardNegatives >= posts.Count * 0.4, "at least 40% of the suite must be hard negatives");
        Assert.True(failures.Count == 0, string.Join("; ", failures) + Environment.NewLine + report);
    }
}
