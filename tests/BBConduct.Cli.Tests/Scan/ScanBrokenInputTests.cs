using System.IO.Compression;
using System.Text;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanBrokenInputTests
{
    [Fact]
    public void Truncated_export_gives_results_for_what_was_read_then_an_error_naming_the_json_path_and_exit_2()
    {
        var run = ScanRun.Of(TestPaths.Fixture("broken/your_posts_truncated.json"), "--format", "facebook");

        Assert.Equal(2, run.Results.Count);
        Assert.Null(ScanRun.ErrorCode(run.Results[0]));
        Assert.Equal("unreadable-file", ScanRun.ErrorCode(run.Results[1]));
        Assert.Contains("$[1]", run.Results[1].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("review", ScanRun.Verdict(run.Results[1]));
        Assert.Equal(2, run.Exit);
        Assert.Contains("your_posts_truncated.json", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_fails_only_its_own_record_in_jsonl_csv_and_text()
    {
        using var temp = new TempFolder();
        byte[] bad = [0xC3, 0x28, 0xFF];
        File.WriteAllBytes(temp.File("a.jsonl"), [.. "{\"text\":\"ok\"}\n{\"text\":\""u8, .. bad, .. "\"}\n{\"text\":\"fine\"}\n"u8]);
        File.WriteAllBytes(temp.File("b.csv"), [.. "text\nok\n"u8, .. bad, .. "\nfine\n"u8]);
        File.WriteAllBytes(temp.File("c.txt"), [.. "ok\n\n"u8, .. bad, .. "\n\nfine\n"u8]);

        foreach (var name in new[] { "a.jsonl", "b.csv", "c.txt" })
        {
            var run = ScanRun.Of(temp.File(name));
            Assert.Equal(3, run.Results.Count);
            Assert.Equal([null, "invalid-utf8", null], run.Results.Select(ScanRun.ErrorCode));
        }
    }

    [Fact]
    public void Invalid_utf8_inside_an_export_element_fails_that_element_only()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("your_posts_1.json"),
            [.. "[{\"timestamp\":1,\"data\":[{\"post\":\"a\"}]},{\"timestamp\":2,\"data\":[{\"post\":\""u8, 0xFF, 0xFE, .. "\"}]},{\"timestamp\":3,\"data\":[{\"post\":\"c\"}]}]"u8]);

        var run = ScanRun.Of(temp.File("your_posts_1.json"));

        Assert.Equal(3, run.Results.Count);
        Assert.Null(ScanRun.ErrorCode(run.Results[0]));
        Assert.NotNull(ScanRun.ErrorCode(run.Results[1]));
        Assert.Null(ScanRun.ErrorCode(run.Results[2]));
    }

    [Fact]
    public void Zip_with_a_corrupt_entry_reports_that_entry_and_reads_the_others()
    {
        using var temp = new TempFolder();
        var zip = temp.File("export.zip");
        var middle = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"{{\"id\":\"b{i}\",\"text\":\"post number {i * 7919 % 1000} about the {i % 13} trip\"}}"));
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            Add(archive, "a.jsonl", "{\"id\":\"a1\",\"text\":\"hello\"}\n{\"id\":\"a2\",\"text\":\"world\"}\n");
            Add(archive, "b.jsonl", middle);
            Add(archive, "notes/readme.md", "not posts");
            Add(archive, "c.csv", "id,text\nc1,last one\n");
        }

        // Overwrite part of b.jsonl's compressed data: the entry can no longer be inflated (or fails its CRC).
        var bytes = File.ReadAllBytes(zip);
        var name = bytes.AsSpan().IndexOf("b.jsonl"u8);
        for (var i = name + 60; i < name + 140; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(zip, bytes);

        var run = ScanRun.Of(zip);

        Assert.Equal(["a1", "a2"], run.Ids.Take(2));
        Assert.Equal("c1", run.Ids[^1]);
        var failed = run.Results.Where(r => ScanRun.ErrorCode(r) == "unreadable-file").ToList();
        Assert.Single(failed);
        Assert.Contains("export.zip!/b.jsonl", failed[0].GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, run.Exit);
        Assert.Contains("skipped 1 file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_input_and_resume_without_out_are_usage_errors()
    {
        Assert.Equal(2, ScanRun.Of("/nonexistent/posts.jsonl").Exit);
        Assert.Equal(2, ScanRun.Of(TestPaths.Fixture("jsonl/posts.jsonl"), "--resume").Exit);
        Assert.Equal(2, ScanRun.Of(TestPaths.Fixture("jsonl/posts.jsonl"), "--category", "Gossip").Exit);
    }

    private static void Add(ZipArchive archive, string name, string content)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
