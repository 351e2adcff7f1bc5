using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Corpus;

/// <summary>
/// Real short texts from the shared data sets (Davidson tweets, OLID tweets, Wikipedia comments), loaded once
/// per process. Nothing is written to disk: every corpus is generated from these at run time.
/// </summary>
internal static class TextPool
{
    private static readonly Lazy<string[]> AllTexts = new(Load);
    private static readonly Lazy<(string[] Clean, string[] Dirty)> Split = new(SplitByVerdict);

    /// <summary>Every text, in a fixed shuffled order.</summary>
    public static string[] All => AllTexts.Value;

    /// <summary>Texts the default screener finds nothing in.</summary>
    public static string[] Clean => Split.Value.Clean;

    /// <summary>Texts the default screener reports at least one finding for.</summary>
    public static string[] Dirty => Split.Value.Dirty;

    private static string[] Load()
    {
        var texts = new List<string>(40_000);
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("davidson-hate-offensive", "labeled_data.csv"), "tweet"));
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("wiki-toxicity-identity-testset", "toxicity_nonfuzzed_testset.csv"), "comment"));
        // OLID is tab-separated without quoting, so a plain split is the faithful reading.
        foreach (var line in File.ReadLines(DataFiles.PathOf("olid", "olid-training-v1.0.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length > 1)
            {
                texts.Add(fields[1]);
            }
        }

        var cleaned = texts
            .Select(t => t.Replace("&amp;", "&", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Trim())
            .Where(t => t.Length > 0)
            .ToArray();
        new Random(20_240_601).Shuffle(cleaned);
        return cleaned;
    }

    private static (string[] Clean, string[] Dirty) SplitByVerdict()
    {
        using var screener = ConductScreener.CreateDefault();
        var clean = new List<string>();
        var dirty = new List<string>();
        foreach (var text in All)
        {
            (screener.Screen(text).Findings.Count == 0 ? clean : dirty).Add(text);
        }

        return ([.. clean], [.. dirty]);
    }
}
