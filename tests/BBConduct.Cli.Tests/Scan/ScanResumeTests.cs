using System.Globalization;
using System.Text;
using BBConduct.Cli.Commands;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanResumeTests
{
    private static readonly string[] Phrases =
    [
        "Great match today, well played everyone",
        "You are a fucking idiot",
        "Call me on 07700 900123 after school",
        "Shut up you stupid loser",
        "Lovely concert tonight",
    ];

    [Fact]
    public void Resume_after_a_crash_mid_line_ends_byte_for_byte_like_an_uninterrupted_run()
    {
        using var temp = new TempFolder();
        var input = WritePosts(temp.File("posts.jsonl"), 3000);

        Assert.Equal(1, Run(input, temp.File("full.jsonl"), temp.File("full.csv")));

        // The crash leaves 1234 whole results and half of the next line.
        using (var stdout = new MemoryStream())
        {
            var crashed = ScanCommand.Run(["--progress", "none", "--no-model", input, "--out", temp.File("resumed.jsonl")], stdout, TextWriter.Null, stopAfter: 1234);
            Assert.Equal(130, crashed);
        }

        var partial = File.ReadAllBytes(temp.File("resumed.jsonl"));
        Assert.Equal(1234, partial.Count(b => b == (byte)'\n'));
        Assert.NotEqual((byte)'\n', partial[^1]);

        Assert.Equal(1, Run(input, temp.File("resumed.jsonl"), temp.File("resumed.csv"), "--resume"));
        Assert.Equal(File.ReadAllBytes(temp.File("full.jsonl")), File.ReadAllBytes(temp.File("resumed.jsonl")));
        Assert.Equal(File.ReadAllBytes(temp.File("full.csv")), File.ReadAllBytes(temp.File("resumed.csv")));
    }

    [Fact]
    public void Resume_of_an_output_truncated_at_any_byte_completes_it_exactly()
    {
        using var temp = new TempFolder();
        var input = WritePosts(temp.File("posts.jsonl"), 600);
        Run(input, temp.File("full.jsonl"), null);
        var full = File.ReadAllBytes(temp.File("full.jsonl"));

        foreach (var cut in new[] { 0, 1, full.Length / 3, (full.Length / 2) + 17, full.Length - 1, full.Length })
        {
            File.WriteAllBytes(temp.File("cut.jsonl"), full[..cut]);
            Run(input, temp.File("cut.jsonl"), null, "--resume");
            Assert.Equal(full, File.ReadAllBytes(temp.File("cut.jsonl")));
        }
    }

    [Fact]
    public void Resume_refuses_an_output_that_belongs_to_other_inputs()
    {
        using var temp = new TempFolder();
        var input = WritePosts(temp.File("posts.jsonl"), 50);
        File.WriteAllText(temp.File("other.jsonl"), "{\"id\":\"zzz\",\"verdict\":\"allow\",\"findings\":[],\"error\":null}\n");

        Assert.Equal(2, Run(input, temp.File("other.jsonl"), null, "--resume"));
    }

    private static int Run(string input, string output, string? evidence, params string[] extra)
    {
        string[] args = ["scan", "--progress", "none", "--no-model", input, "--out", output, .. extra];
        if (evidence is not null)
        {
            args = [.. args, "--evidence", evidence];
        }

        using var stdout = new MemoryStream();
        return Program.Run(args, stdout, TextWriter.Null, TextWriter.Null);
    }

    private static string WritePosts(string path, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i % 97 == 50)
            {
                text.Append("{not json\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":\"{Phrases[i % Phrases.Length]} #{i}\",\"createdAt\":\"2025-0{1 + (i % 9)}-10T12:00:00Z\",\"author\":{{\"name\":\"User {i % 17}\",\"role\":\"student\"}}}}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
