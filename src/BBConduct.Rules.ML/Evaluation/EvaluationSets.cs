using BBConduct.Rules.ML.Training;

namespace BBConduct.Rules.ML.Evaluation;

/// <summary>
/// Loads the evaluation-only data sets from the shared data folder (see its <c>README.md</c>). None of them is ever
/// used for training: OLID has no stated licence, ETHOS is GPL-3.0, and HateCheck is a test suite.
/// </summary>
public static class EvaluationSets
{
    /// <summary>OLID (OffensEval 2019) level-A test set: 860 tweets, OFF → positive.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The rows.</returns>
    public static List<LabelledText> OlidTest(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "olid");
        var labels = File.ReadLines(Path.Combine(folder, "labels-levela.csv"))
            .Where(l => l.Contains(','))
            .Select(l => l.Split(','))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim() == "OFF");
        var rows = new List<LabelledText>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "testset-levela.tsv")).Skip(1))
        {
            number++;
            var tab = line.IndexOf('\t');
            if (tab > 0 && labels.TryGetValue(line[..tab], out var off))
            {
                rows.Add(new LabelledText(line[(tab + 1)..], off, null, "olid-test", number));
            }
        }

        return rows;
    }

    /// <summary>The Wikipedia Talk identity-term test set: 1,492 comments, <c>toxic</c> True → positive.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The rows.</returns>
    public static List<LabelledText> WikipediaIdentity(string dataDirectory) =>
        [.. DelimitedReader.ReadFile(Path.Combine(dataDirectory, "wiki-toxicity-identity-testset", "toxicity_nonfuzzed_testset.csv"))
            .Select((r, i) => new LabelledText(r["comment"], r["toxic"] == "True", null, "wiki-identity", i + 1))];

    /// <summary>ETHOS binary (GPL-3.0, evaluation only): 998 comments, <c>isHate</c> ≥ 0.5 → positive.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The rows.</returns>
    public static List<LabelledText> Ethos(string dataDirectory) =>
        [.. DelimitedReader.ReadFile(Path.Combine(dataDirectory, "ethos-gpl3", "Ethos_Dataset_Binary.csv"), ';')
            .Select((r, i) => (r, i))
            .Where(x => double.TryParse(x.r["isHate"], System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(x =>
            {
                var hate = double.Parse(x.r["isHate"], System.Globalization.CultureInfo.InvariantCulture) >= 0.5;
                return new LabelledText(x.r["comment"], hate, hate, "ethos", x.i + 1);
            })];

    /// <summary>Stormfront sentences: <c>hate</c> → positive, <c>noHate</c> → negative, others dropped.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The rows.</returns>
    public static List<LabelledText> Stormfront(string dataDirectory) =>
        [.. DelimitedReader.ReadFile(Path.Combine(dataDirectory, "stormfront-hate", "stormfront_sentences.csv"))
            .Select((r, i) => (r, i))
            .Where(x => x.r["label"] is "hate" or "noHate")
            .Select(x => new LabelledText(x.r["text"], x.r["label"] == "hate", x.r["label"] == "hate", "stormfront", x.i + 1))];

    /// <summary>HateCheck: 3,728 functional test cases.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The cases.</returns>
    public static List<HateCheckCase> HateCheck(string dataDirectory) =>
        [.. DelimitedReader.ReadFile(Path.Combine(dataDirectory, "hatecheck", "test_suite_cases.csv"))
            .Select(r => new HateCheckCase(r["functionality"], r["test_case"].Trim(), r["label_gold"] == "hateful", r["target_ident"]))];

    /// <summary>The Davidson tweets (MIT): the training source, and its held-out split for in-domain figures.</summary>
    /// <param name="dataDirectory">The shared <c>data</c> folder.</param>
    /// <returns>The rows, with source name <c>davidson</c>.</returns>
    public static List<LabelledText> Davidson(string dataDirectory) =>
        TrainingData.Read(Path.Combine(dataDirectory, "davidson-hate-offensive", "labeled_data.csv"), "davidson");
}
