using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>A summary column with posts per second or MB/s, computed from the mean time per post.</summary>
internal sealed class ThroughputColumn(bool megabytes) : IColumn
{
    public static readonly IColumn PostsPerSecond = new ThroughputColumn(megabytes: false);
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(megabytes: true);

    public string Id => megabytes ? "MBps" : "PostsPerSec";

    public string ColumnName => megabytes ? "MB/s" : "Posts/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes
        ? "Megabytes of post text (10^6 UTF-16 code units, about UTF-8 bytes for English) screened per second on one thread"
        : "Posts screened per second on one thread";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0)
        {
            return "-";
        }

        if (!megabytes)
        {
            return Throughput.PostsPerSecond(mean.Value).ToString("N0", CultureInfo.InvariantCulture);
        }

        var chars = Throughput.CharsPerPost(
            benchmarkCase.Descriptor.Type,
            name => benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value?.ToString());
        return chars > 0 ? Throughput.MegabytesPerSecond(mean.Value, chars).ToString("N1", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
