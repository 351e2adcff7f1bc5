using System.Text.Json;
using BBConduct.Cli.Commands;
using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Evaluation;

/// <summary>
/// Scores the engine on a labelled suite (JSONL posts with <c>expected</c> and <c>allowed</c> categories):
/// per category, recall over posts that require it and clean rate over posts that neither require nor allow it.
/// </summary>
internal static class LabelledSuite
{
    public static List<LabelledPost> Load(string path)
    {
        var posts = new List<LabelledPost>();
        using var stream = ScreenerFactory.OpenInput(path, "labelled suite");
        foreach (var (number, bytes, _) in LineSplitter.Lines(stream))
        {
            if (bytes.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var location = $"{path}:{number}";
            if (!PostJson.TryParse(bytes, location, number.ToString(System.Globalization.CultureInfo.InvariantCulture), out var post, out var error))
            {
                throw new UsageException(error!.Message);
            }

            using var document = JsonDocument.Parse(bytes);
            posts.Add(new LabelledPost(post!, Categories(document.RootElement, "expected", location), Categories(document.RootElement, "allowed", location)));
        }

        return posts;
    }

    public static SuiteScore Score(IConductScreener screener, IReadOnlyList<LabelledPost> posts)
    {
        var found = posts.Select(p => screener.Screen(p.Post).Findings.Select(f => f.Category).ToHashSet()).ToList();
        var rows = new List<CategoryScore>();
        foreach (var category in Enum.GetValues<Category>())
        {
            int positives = 0, caught = 0, negatives = 0, clean = 0;
            var misses = new List<string>();
            var falseAlarms = new List<string>();
            for (var i = 0; i < posts.Count; i++)
            {
                var post = posts[i];
                if (post.Expected.Contains(category))
                {
                    positives++;
                    if (found[i].Contains(category))
                    {
                        caught++;
                    }
                    else
                    {
                        misses.Add(post.Post.Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
                else if (!post.Allowed.Contains(category))
                {
                    negatives++;
                    if (!found[i].Contains(category))
                    {
                        clean++;
                    }
                    else
                    {
                        falseAlarms.Add(post.Post.Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                }
            }

            rows.Add(new CategoryScore(category, positives, caught, negatives, clean, misses, falseAlarms));
        }

        var hardNegatives = Enumerable.Range(0, posts.Count).Where(i => posts[i].Expected.Count == 0).ToList();
        var cleanHard = hardNegatives.Count(i => found[i].All(c => posts[i].Allowed.Contains(c)));
        return new SuiteScore(posts.Count, rows, hardNegatives.Count, cleanHard);
    }

    private static HashSet<Category> Categories(JsonElement root, string property, string location)
    {
        var set = new HashSet<Category>();
        if (!root.TryGetProperty(property, out var array))
        {
            return set;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (!Enum.TryParse<Category>(item.GetString(), ignoreCase: false, out var category))
            {
                throw new UsageException($"{location}: '{property}' names an unknown category '{item.GetString()}'.");
            }

            set.Add(category);
        }

        return set;
    }
}

/// <summary>How the engine did on one category of a labelled suite.</summary>
internal sealed record CategoryScore(Category Category, int Positives, int Caught, int Negatives, int Clean, IReadOnlyList<string> Misses, IReadOnlyList<string> FalseAlarms)
{
    public double Recall => Positives == 0 ? 1 : (double)Caught / Positives;

    public double CleanRate => Negatives == 0 ? 1 : (double)Clean / Negatives;
}

/// <summary>The engine's scores on a labelled suite.</summary>
internal sealed record SuiteScore(int Posts, IReadOnlyList<CategoryScore> Categories, int HardNegatives, int CleanHardNegatives)
{
    public double HardNegativeCleanRate => HardNegatives == 0 ? 1 : (double)CleanHardNegatives / HardNegatives;
}
