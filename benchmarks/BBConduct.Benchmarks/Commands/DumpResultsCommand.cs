using System.Text;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Rules.ML;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>dump-results [--out FILE] [--random N]</c>: screens every text of the shared data sets, the repository's
/// labelled posts and N random strings from a fixed seed, in several contexts (roles, channels, with and without the
/// test people registry, one with the classifier as an extra rule), and writes every result as one JSON line. Run it before and after an engine change and
/// compare the files: an optimisation must leave them byte-identical.
/// </summary>
internal static class DumpResultsCommand
{
    // Characters random texts are drawn from: ASCII, leetspeak and masks, look-alikes, compatibility forms,
    // combining marks, invisible characters, sentence ends, surrogate pairs and lone surrogates.
    private static readonly string[] Alphabet =
    [
        "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", "      ", " .,!?'\"-:;()\n\r\t",
        "@$!*#%&+=/\\_~^", "\u2019\u00B4`", "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u03BF\u03B1\u1D00\u026A",
        "\uFF41\uFF42\uFF46\uFF55\uFF43\uFF4B\uFF04\uFF01", "\u00E9\u00FC\u00F1\u00E7\u00E0", "\u0301\u0308\u0327",
        "\u200B\u200C\u200D\u2060\uFEFF\u202E", "\u3002\uFF0E\u2026", "\uD835\uDC1A\uD835\uDC1B\uD83C\uDD50\uD83D\uDE00",
        "\uD800\uDC00\uDFFF", "\u00A0\u2003", "\u20AC\u00A3",
    ];

    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var output = options.Get("out") ?? "results.jsonl";
        var texts = Texts(options.GetInt("random", 30_000));
        var people = PeopleRegistry.Load(File.OpenRead(Path.Combine(DataFiles.RepoRoot, "tests", "BBConduct.Rules.Tests", "Data", "people.csv")), "people.csv");
        using var plain = ConductScreener.CreateDefault();
        using var registered = ConductScreener.CreateBuilder().WithPeople(people).AddMarks("Bridge Bears").Build();
        using var classified = ConductScreener.CreateBuilder().WithPeople(people).AddRule(new ToxicityClassifierRule()).Build();
        var student = new Person("Sam Pupil", Role.Student);
        var staff = new Person("Helen Carter", Role.Staff);
        (string Name, ConductScreener Screener, Func<string, Post> Make)[] contexts =
        [
            ("default", plain, t => new Post(t)),
            ("student-comment", registered, t => new Post(t) { Author = student, Channel = Channel.Comment }),
            ("staff-blog", registered, t => new Post(t) { Author = staff, Channel = Channel.Blog }),
            ("staff-direct-student", registered, t => new Post(t) { Author = staff, Channel = Channel.Direct, Recipients = [student] }),
            ("parent-school", registered, t => new Post(t) { Author = new Person(null, Role.Parent), Channel = Channel.School }),
            ("classifier-student-social", classified, t => new Post(t) { Author = student }),
        ];

        using var stream = File.Create(output);
        using var writer = ResultJson.CreateWriter(stream);
        var count = 0;
        foreach (var (name, screener, make) in contexts)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var post = make(texts[i]) with { Id = $"{name}:{i}" };
                ResultJson.Write(writer, screener.Screen(post));
                writer.Flush();
                stream.WriteByte((byte)'\n');
                writer.Reset();
                count++;
            }
        }

        Console.WriteLine($"{texts.Count} texts x {contexts.Length} contexts = {count} results written to {output}");
        return 0;
    }

    private static List<string> Texts(int randomCount)
    {
        var texts = new List<string>();
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("davidson-hate-offensive", "labeled_data.csv"), "tweet"));
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("wiki-toxicity-identity-testset", "toxicity_nonfuzzed_testset.csv"), "comment"));
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("hatecheck", "test_suite_cases.csv"), "test_case"));
        texts.AddRange(CsvReader.Column(DataFiles.PathOf("ethos-gpl3", "Ethos_Dataset_Binary.csv"), "comment", ';'));
        foreach (var file in new[] { "olid-training-v1.0.tsv", "testset-levela.tsv" })
        {
            // OLID is tab-separated without quoting.
            texts.AddRange(File.ReadLines(DataFiles.PathOf("olid", file)).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length > 1).Select(f => f[1]));
        }

        var repo = DataFiles.RepoRoot;
        // The test projects' own files, not the copies their builds put under bin/.
        var files = Directory.EnumerateFiles(Path.Combine(repo, "tests"), "*.jsonl", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(repo, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (PostJson.TryParse(Encoding.UTF8.GetBytes(line), file, "x", out var post, out _) && post?.Text is { } text)
                {
                    texts.Add(text);
                }
            }
        }

        var random = new Random(20_261_202);
        var words = texts.Take(20_000).SelectMany(t => t.Split(' ')).Where(w => w.Length > 0).ToArray();
        for (var i = 0; i < randomCount; i++)
        {
            texts.Add(i % 2 == 0 ? RandomChars(random) : RandomWords(random, words));
        }

        return texts;
    }

    private static string RandomChars(Random random)
    {
        var length = random.Next(0, 300);
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var set = Alphabet[random.Next(Alphabet.Length)];
            var at = random.Next(set.Length);
            // Keep a surrogate pair of the set together half the time, so both whole pairs and lone halves occur.
            text.Append(set[at]);
            if (char.IsHighSurrogate(set[at]) && at + 1 < set.Length && random.Next(2) == 0)
            {
                text.Append(set[at + 1]);
            }
        }

        return text.ToString();
    }

    // Real words in random order, some disguised (spaced, dotted, repeated, masked), so rules fire in odd combinations.
    private static string RandomWords(Random random, string[] words)
    {
        var count = random.Next(1, 60);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var word = words[random.Next(words.Length)];
            word = random.Next(12) switch
            {
                0 => string.Join(' ', word.ToCharArray()),
                1 => string.Join('.', word.ToCharArray()),
                2 when word.Length > 2 => word[..1] + new string('*', word.Length - 2) + word[^1..],
                3 when word.Length > 1 => word.Insert(1, new string(word[1], random.Next(1, 5))),
                4 => word.ToUpperInvariant(),
                _ => word,
            };
            text.Append(word).Append(random.Next(10) switch { 0 => ". ", 1 => ", ", 2 => "! ", 3 => "\n", _ => " " });
        }

        return text.ToString();
    }
}
