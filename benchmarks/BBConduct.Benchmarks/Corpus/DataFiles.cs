namespace BBConduct.Benchmarks.Corpus;

/// <summary>Finds the repository and the shared data sets, from wherever BenchmarkDotNet starts the process.</summary>
internal static class DataFiles
{
    /// <summary>The environment variable that overrides where the data sets are.</summary>
    public const string DataVariable = "BBCONDUCT_DATA";

    private static readonly Lazy<string> Data = new(FindData);
    private static readonly Lazy<string?> Repo = new(() => FindUp(dir => File.Exists(Path.Combine(dir, "BBConduct.slnx"))));

    /// <summary>The folder holding <c>davidson-hate-offensive/</c>, <c>olid/</c> and the other data sets.</summary>
    public static string DataRoot => Data.Value;

    /// <summary>The repository root (the folder with <c>BBConduct.slnx</c>), or the current folder when it cannot be found.</summary>
    public static string RepoRoot => Repo.Value ?? Directory.GetCurrentDirectory();

    /// <summary>Where BenchmarkDotNet writes its results and where the report reads them.</summary>
    public static string ArtifactsRoot => Path.Combine(RepoRoot, "benchmarks", "BBConduct.Benchmarks", "BenchmarkDotNet.Artifacts");

    public static string PathOf(params string[] parts) => Path.Combine([DataRoot, .. parts]);

    private static string FindData()
    {
        if (Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        // BenchmarkDotNet runs each benchmark from a generated folder under bin/, so walk up from both places.
        var found = FindUp(dir => Directory.Exists(Path.Combine(dir, "shared", "data", "davidson-hate-offensive")))
            ?? FindUp(dir => Directory.Exists(Path.Combine(dir, "..", "shared", "data", "davidson-hate-offensive")));
        if (found is null)
        {
            throw new DirectoryNotFoundException(
                $"The shared data sets (../shared/data) were not found above {AppContext.BaseDirectory}; set {DataVariable} to their folder.");
        }

        var direct = Path.Combine(found, "shared", "data");
        return Directory.Exists(direct) ? direct : Path.GetFullPath(Path.Combine(found, "..", "shared", "data"));
    }

    private static string? FindUp(Func<string, bool> predicate)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (predicate(dir.FullName))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
