using System.Reflection;
using BBConduct.Rules.Images;
using BBConduct.Rules.ML;
using BBConduct.Rules.Screening;

namespace BBConduct.PublicApi.Tests;

/// <summary>
/// The public API of each shipped library is checked in under <c>api/&lt;Assembly&gt;.txt</c>, so a change to what
/// callers compile against is a reviewed diff rather than an accident.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "BBCONDUCT_ACCEPT_API";

    public static TheoryData<string> ShippedAssemblies => new()
    {
        typeof(ConductScreener).Assembly.GetName().Name!,
        typeof(ToxicityClassifier).Assembly.GetName().Name!,
        typeof(LogoRegistry).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Public_api_matches_the_approved_file(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var actual = ApiSurface.Render(assembly);
        var file = Path.Combine(RepositoryRoot(), "api", assemblyName + ".txt");
        var approved = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
        if (approved == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(file, actual);
            return;
        }

        Assert.Fail(Explain(assemblyName, file, approved, actual));
    }

    [Fact]
    public void Render_lists_nullable_annotations_defaults_and_init_accessors()
    {
        var surface = ApiSurface.Render(typeof(ConductScreener).Assembly);

        Assert.Contains("sealed record BBConduct.Rules.Posts.Post : System.IEquatable<BBConduct.Rules.Posts.Post>\n", surface, StringComparison.Ordinal);
        Assert.Contains("  public BBConduct.Rules.Posts.Person? Author { get; init; }\n", surface, StringComparison.Ordinal);
        Assert.Contains("  public required string RuleId { get; init; }\n", surface, StringComparison.Ordinal);
        Assert.Contains("configure = null)\n", surface, StringComparison.Ordinal);
        Assert.Contains("  Block = 3\n", surface, StringComparison.Ordinal);
        Assert.DoesNotContain("BBConduct.Rules.Text.", surface, StringComparison.Ordinal);
    }

    private static string Explain(string assemblyName, string file, string? approved, string actual)
    {
        var before = (approved ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var removed = before.Except(after, StringComparer.Ordinal).Take(40).Select(l => "- " + l.Trim());
        var added = after.Except(before, StringComparer.Ordinal).Take(40).Select(l => "+ " + l.Trim());
        var what = approved is null ? $"{file} does not exist yet." : $"The public API of {assemblyName} differs from {file}:";
        return $"""
            {what}
            {string.Join('\n', removed.Concat(added))}

            If the change is intended, accept it and commit the rewritten file with the code change so reviewers see it:
                BBCONDUCT_ACCEPT_API=1 dotnet test tests/BBConduct.PublicApi.Tests
            Otherwise make the new members internal, or restore the removed ones (a removal breaks callers).
            """;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BBConduct.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BBConduct.slnx above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
