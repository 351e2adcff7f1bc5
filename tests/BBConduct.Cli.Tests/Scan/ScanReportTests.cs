using System.Diagnostics;
using System.Text;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanReportTests
{
    [Fact]
    public void Html_report_renders_counts_and_highlighted_spans_in_headless_chromium()
    {
        using var temp = new TempFolder();
        var report = temp.File("report.html");
        var run = ScanRun.Of(TestPaths.Fixture("jsonl/posts.jsonl"), TestPaths.Fixture("twitter/data/tweets.js"), "--report", report);
        Assert.Equal(7, run.Results.Count);

        var dom = DumpDom(report, temp.File("profile"));

        Assert.Contains("id=\"total-records\">7<", dom, StringComparison.Ordinal);
        Assert.Contains("id=\"total-block\">2<", dom, StringComparison.Ordinal);
        Assert.Contains("id=\"total-errors\">2<", dom, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"Harassment, Profanity\">You are a fucking idiot</mark>", dom, StringComparison.Ordinal);
        // Written by the page's script, so it proves the script ran: 2 blocked posts and 2 unreadable records are listed.
        Assert.Contains("Showing 4 of 4 post(s)", dom, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-category\"", dom, StringComparison.Ordinal);
        Assert.Contains("2023-09", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_encodes_everything_that_comes_from_posts_and_fetches_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("evil.jsonl"),
            "{\"id\":\"<img src=x onerror=alert(1)>\",\"text\":\"<script>alert('x')</script> you fucking idiot\",\"author\":{\"name\":\"\\\"><b>Eve</b>\"},\"url\":\"javascript:alert(2)\"}\n");
        var report = temp.File("report.html");

        ScanRun.Of(temp.File("evil.jsonl"), "--report", report);
        var html = File.ReadAllText(report);

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Eve</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("<script>").Length - 1);
    }

    [Fact]
    public void Evidence_log_has_a_row_per_finding_with_the_sha256_of_the_original_text()
    {
        using var temp = new TempFolder();
        var evidence = temp.File("evidence.csv");

        ScanRun.Of(TestPaths.Fixture("csv/posts.csv"), "--evidence", evidence);
        var rows = File.ReadAllLines(evidence);

        Assert.Equal("record_id,source,date_time_utc,sender,web_address,category,severity,clause,escalate_to,excerpt,attachment,sha256", rows[0]);
        var harassment = Assert.Single(rows, r => r.StartsWith("c5,", StringComparison.Ordinal) && r.Contains(",Harassment,", StringComparison.Ordinal));
        Assert.Contains(",2025-01-08T00:00:00Z,Eve,https://s.example/5,Harassment,block,", harassment, StringComparison.Ordinal);
        Assert.EndsWith("," + Output.EvidenceLog.Sha256("You are a fucking idiot"), harassment, StringComparison.Ordinal);
        Assert.Equal(64, harassment.Split(',')[^1].Length);
    }

    /// <summary>Runs headless Chromium on the file and returns the DOM after its scripts ran.</summary>
    private static string DumpDom(string file, string profile)
    {
        var chromium = new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        Assert.True(chromium is not null, "Headless Chromium is needed for the report test and is not installed: run `apt-get update && apt-get install -y chromium`.");

        var start = new ProcessStartInfo(chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--dump-dom", new Uri(file).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish within 60 s.");
        Assert.True(dom.Length > 0, $"Chromium printed no DOM (exit {process.ExitCode}): {stderr.Result[..Math.Min(2000, stderr.Result.Length)]}");
        return dom;
    }
}
