namespace BBConduct.Benchmarks.Commands;

/// <summary>One benchmark case read back from BenchmarkDotNet's full JSON export.</summary>
internal sealed record BenchmarkResult(
    string Type,
    string Method,
    IReadOnlyDictionary<string, string> Parameters,
    double MeanNs,
    double StdDevNs,
    double? AllocatedBytes,
    int CharsPerPost,
    string Job)
{
    public string Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : string.Empty;

    public double PostsPerSecond => 1e9 / MeanNs;

    public double? MegabytesPerSecond => CharsPerPost > 0 ? CharsPerPost * 1e3 / MeanNs : null;
}
