using System.Text;
using BBConduct.Cli.Tests.Scan;

namespace BBConduct.Cli.Tests.Properties;

/// <summary>Stress test: a scan of thousands of records, classifier included, writes the same bytes on one thread and on two.</summary>
public sealed class ScanThreadsTests
{
    [Fact]
    public void Scan_of_thousands_of_records_is_byte_identical_on_one_and_two_threads()
    {
        using var folder = new TempFolder();
        var path = folder.File("posts.jsonl");
        var labelled = File.ReadAllLines(TestPaths.Data("labelled-posts.jsonl")).Where(l => l.Length > 0).ToArray();
        string[] hostile = ["{\"text\": \"\\uD800 k\u0443s \u200B\"}", "not json", "{\"text\": 5}", "", "{\"text\": \"Mr Okafor is a liar\", \"channel\": \"direct\"}"];
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            for (var i = 0; writer.BaseStream.Length < 2 * 1024 * 1024 && i < 20_000; i++)
            {
                writer.WriteLine(i % 7 == 0 ? hostile[i / 7 % hostile.Length] : labelled[i % labelled.Length]);
                writer.Flush();
            }
        }

        var one = ScanRun.Of(path, "--threads", "1");
        var two = ScanRun.Of(path, "--threads", "2");

        Assert.True(one.Results.Count > 1_000);
        Assert.Equal(one.Exit, two.Exit);
        Assert.Equal(one.Stdout, two.Stdout);
    }
}
