using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>The configuration every run uses: exporters the report reads, throughput columns, and the default job.</summary>
internal static class BenchConfig
{
    /// <summary>
    /// The job for the run the report is made from: one process, a few warm-ups and ten 250 ms iterations per case,
    /// which keeps the whole suite (40 cases) near six minutes on two cores. Every benchmark class also runs its
    /// methods for two seconds in its setup (<see cref="TieredWarmUp"/>): three 250 ms warm-ups do not let tiered
    /// compilation finish for the whole engine on two busy cores.
    /// </summary>
    public static Job Full { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(10)
        .WithIterationTime(TimeInterval.FromMilliseconds(250))
        .WithId("Full");

    public static IConfig Create(bool withDefaultJob)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddExporter(JsonExporter.Full)
            .AddColumn(ThroughputColumn.PostsPerSecond, ThroughputColumn.MegabytesPerSecond)
            .WithArtifactsPath(DataFiles.ArtifactsRoot)
            .WithOptions(ConfigOptions.DisableLogFile);
        return withDefaultJob ? config.AddJob(Full) : config;
    }
}
