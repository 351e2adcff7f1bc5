namespace BBConduct.Cli.Tests;

/// <summary>Locates test data: files copied beside the test assembly and the shared data sets beside the repository.</summary>
internal static class TestPaths
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The repository root (the folder holding BBConduct.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BBConduct.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("BBConduct.slnx not found above the test assembly.");
        }
    }

    /// <summary>A file of the shared data sets (../shared/data beside the repository).</summary>
    public static string SharedData(params string[] parts) =>
        Path.Combine([RepositoryRoot, "..", "shared", "data", .. parts]);
}
