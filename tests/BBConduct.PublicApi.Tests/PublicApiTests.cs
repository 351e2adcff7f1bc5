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
        var before = Qualify(approved ?? string.Empty);
        var after = Qualify(actual);
        var removed = before.Except(after, StringComparer.Ordinal).Take(40).Select(l => "- " + l);
        var added = after.Except(before, StringComparer.Ordinal).Take(40).Select(l => "+ " + l);
        var what = approved is null ? $"{file} does not exist yet." : $"The public API of {assemblyName} differs from {file}:";
        return $"""
            {what}
            {string.Join('\n', removed.Concat(added))}

            If the change is intended, accept it and commit the rewritten file with the code change so reviewers see it:
                BBCONDUCT_ACCEPT_API=1 dotnet test tests/BBConduct.PublicApi.Tests
            Otherwise make the new members internal, or restore the removed ones (a removal breaks callers).
            """;
    }

    /// <summary>Each line of a surface, members prefixed with their type so a diff line says where it belongs.</summary>
    private static List<string> Qualify(string surface)
    {
        var lines = new List<string>();
        var type = string.Empty;
        foreach (var line in surface.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith(' '))
            {
                lines.Add($"{type} :: {line.Trim()}");
            }
            else
            {
                type = TypeName(line);
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The type's name from its declaration line: after the kind keyword, before any base list.</summary>
    private static string TypeName(string declaration)
    {
        var name = declaration.Split(" : ")[0];
        foreach (var kind in new[] { "record struct ", "record ", "class ", "struct ", "interface ", "enum ", "delegate " })
        {
            var at = name.IndexOf(kind, StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[(at + kind.Length)..];
            }
        }

        return name;
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
