using System.Diagnostics;
using System.Reflection;
using System.Text;
using BBConduct.Cli.Tests.Scan;

namespace BBConduct.Cli.Tests.Privacy;

/// <summary>Post text never reaches stderr or an error message, and the CLI needs no network.</summary>
public sealed class ScanPrivacyTests
{
    private const string Poison = "POISON-7f3a9c";

    [Fact]
    public void Broken_jsonl_records_never_put_their_text_on_stderr_or_in_error_messages()
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.jsonl");
        var lines = new List<byte[]>
        {
            Encoding.UTF8.GetBytes($$$"""{"text": "{{{Poison}}}" """),
            Encoding.UTF8.GetBytes($$$"""{"text": "{{{Poison}}}", "createdAt": "soon", "channel": "{{{Poison}}}"}"""),
            Encoding.UTF8.GetBytes($$$"""{"text": ["{{{Poison}}}"], "author": {"role": "{{{Poison}}}"}}"""),
            (byte[])[.. Encoding.UTF8.GetBytes($$$"""{"text": "{{{Poison}}}"""), 0xFF, 0xC0, (byte)'"', (byte)'}'],
            Encoding.UTF8.GetBytes($"{Poison} not json at all"),
            Encoding.UTF8.GetBytes($$$"""{"text": "fine, {{{Poison}}}"}"""),
        };
        File.WriteAllBytes(path, [.. lines.SelectMany(l => l.Concat("\n"u8.ToArray()))]);

        var run = ScanRun.Of(path, "--no-model");

        Assert.Equal(lines.Count, run.Results.Count);
        AssertClean(run);
    }

    [Fact]
    public void An_oversized_jsonl_line_is_reported_without_its_text()
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.jsonl");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes($$$"""{"text": "{{{Poison}}}"""));
            var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Poison + " ", 1024 * 1024 / 14)));
            for (var i = 0; i < 17; i++)
            {
                file.Write(block);
            }

            file.Write("\"}\n{\"text\": \"after\"}\n"u8);
        }

        var run = ScanRun.Of(path, "--no-model");

        Assert.Equal(2, run.Results.Count);
        Assert.Equal("line-too-long", ScanRun.ErrorCode(run.Results[0]));
        AssertClean(run);
    }

    [Fact]
    public void Bad_csv_rows_never_put_their_text_on_stderr_or_in_error_messages()
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.csv");
        var csv = new List<byte[]>
        {
            "id,text,role,date\n"u8.ToArray(),
            Encoding.UTF8.GetBytes($"1,\"{Poison} never closed,staff,\n"),
            Encoding.UTF8.GetBytes($"2,{Poison},{Poison},\n"),
            Encoding.UTF8.GetBytes($"3,{Poison},staff,{Poison}\n"),
            Encoding.UTF8.GetBytes($"4,{Poison}\n"),
            (byte[])[.. Encoding.UTF8.GetBytes($"5,{Poison}"), 0xFF, .. Encoding.UTF8.GetBytes(",staff,\n")],
            Encoding.UTF8.GetBytes($"6,fine {Poison},staff,\n"),
        };
        File.WriteAllBytes(path, [.. csv.SelectMany(b => b)]);

        var run = ScanRun.Of(path, "--no-model");

        Assert.Equal(6, run.Results.Count);
        AssertClean(run);
    }

    [Fact]
    public void A_truncated_export_is_reported_without_its_text()
    {
        using var folder = new TempFolder();
        var path = folder.File("your_posts_1.json");
        File.WriteAllText(path, $$$"""[{"timestamp": 1700000000, "data": [{"post": "{{{Poison}}} one"}]}, {"timestamp": 1700000001, "data": [{"post": "{{{Poison}}} tw""");

        var run = ScanRun.Of(path, "--no-model", "--format", "facebook");

        Assert.Equal(2, run.Exit);
        AssertClean(run);
    }

    [Fact]
    public void A_policy_with_a_bad_term_is_refused_by_check_without_quoting_it()
    {
        using var folder = new TempFolder();
        var policy = folder.File("policy.json");
        File.WriteAllText(policy, $$$"""{ "extends": "default", "lexicons": { "profanity": { "add": ["{{{Poison}}}{{{new string('x', 300)}}}"] } } }""");
        using var stdout = new MemoryStream();
        using var stdoutText = new StringWriter();
        using var stderr = new StringWriter();

        var exit = Program.Run(["check", $"{Poison} hello", "--policy", policy, "--no-model"], stdout, stdoutText, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("policy.json", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("POISON", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_and_cli_assemblies_reference_no_networking_assembly()
    {
        string[] networking = ["System.Net.Http", "System.Net.Sockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.WebSockets", "System.Net.Mail", "System.Net.NameResolution"];
        foreach (var name in new[] { "BBConduct.Rules", "BBConduct.Rules.ML", "BBConduct.Rules.Images", "bbconduct" })
        {
            var references = Assembly.Load(name).GetReferencedAssemblies().Select(r => r.Name);
            Assert.Empty(references.Intersect(networking));
        }
    }

    [Fact]
    public void Check_and_scan_succeed_with_networking_unavailable()
    {
        // unshare -rn runs the command in a new network namespace with only a downed loopback device.
        if (Run("unshare", ["-rn", "true"]).Exit != 0)
        {
            // Not permitted here (not root, or no user namespaces): the reference test above is the fallback.
            return;
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "bbconduct.dll");
        var check = Run("unshare", ["-rn", "dotnet", dll, "check", "Well done to the Year 10 netball team!"]);
        Assert.True(check.Exit == 0, check.Output);

        using var folder = new TempFolder();
        var posts = folder.File("posts.jsonl");
        File.WriteAllText(posts, "{\"text\": \"Well done team\"}\n{\"text\": \"you are a fucking idiot\"}\n");
        var scan = Run("unshare", ["-rn", "dotnet", dll, "scan", posts, "--progress", "none"]);
        Assert.True(scan.Exit == 1, scan.Output);
        Assert.Equal(2, scan.Output.Split('\n').Count(l => l.StartsWith("{\"id\"", StringComparison.Ordinal)));
    }

    private static (int Exit, string Output) Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    private static void AssertClean(ScanRun run)
    {
        Assert.DoesNotContain("POISON", run.Stderr, StringComparison.Ordinal);
        foreach (var result in run.Results)
        {
            if (result.GetProperty("error").ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                Assert.DoesNotContain("POISON", result.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
            }
        }
    }
}
