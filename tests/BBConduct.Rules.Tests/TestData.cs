using System.Text.Json;

namespace BBConduct.Rules.Tests;

/// <summary>Reads the data files copied beside the test assembly.</summary>
internal static class TestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static IEnumerable<JsonElement> JsonLines(string name)
    {
        foreach (var line in File.ReadLines(PathOf(name)))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }
}
