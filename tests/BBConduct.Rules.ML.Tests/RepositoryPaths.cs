namespace BBConduct.Rules.ML.Tests;

/// <summary>Finds the repository root (the folder with BBConduct.slnx) and the shared data beside it (../shared/data).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string SchoolPosts => Path.Combine(Root, "data", "training", "school-posts.jsonl");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BBConduct.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (BBConduct.slnx) was not found above the test binaries.");
    }
}
