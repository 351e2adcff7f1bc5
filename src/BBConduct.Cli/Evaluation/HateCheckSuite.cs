using BBConduct.Cli.Commands;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Evaluation;

/// <summary>
/// Runs HateCheck (Röttger et al. 2021) through the engine: a hateful case should get EqualityOffence,
/// Harassment or Threat; a non-hateful case none of them. Evaluation only: nothing is tuned on it.
/// </summary>
internal static class HateCheckSuite
{
    private static readonly Category[] HateCategories = [Category.EqualityOffence, Category.Harassment, Category.Threat];

    public static List<HateCheckCase> Load(string path)
    {
        using var stream = ScreenerFactory.OpenInput(path, "HateCheck");
        using var text = new StreamReader(stream);
        var reader = new CsvRecordReader(text, path);
        var header = reader.Read() ?? throw new UsageException($"{path}: empty file.");
        int Column(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new UsageException($"{path}: no '{name}' column.");
        int functionality = Column("functionality"), testCase = Column("test_case"), label = Column("label_gold"), target = Column("target_ident");
        var cases = new List<HateCheckCase>();
        while (reader.Read() is { } row)
        {
            if (row.Count <= Math.Max(Math.Max(functionality, testCase), Math.Max(label, target)))
            {
                continue;
            }

            cases.Add(new HateCheckCase(row[functionality], row[testCase].Trim(), row[label] == "hateful", row[target]));
        }

        return cases;
    }

    public static List<(HateCheckCase Case, bool Flagged)> Run(IConductScreener screener, IEnumerable<HateCheckCase> cases) =>
        [.. cases.Select(c => (c, screener.Screen(new Post(c.Text)).Findings.Any(f => HateCategories.Contains(f.Category))))];
}

/// <summary>One HateCheck test case.</summary>
internal sealed record HateCheckCase(string Functionality, string Text, bool Hateful, string Target);
