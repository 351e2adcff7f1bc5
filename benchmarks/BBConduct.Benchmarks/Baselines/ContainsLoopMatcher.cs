namespace BBConduct.Benchmarks.Baselines;

/// <summary>The naive baseline: one case-insensitive <see cref="string.Contains(string, StringComparison)"/> per term.</summary>
internal sealed class ContainsLoopMatcher(IReadOnlyList<string> terms)
{
    private readonly string[] _terms = [.. terms];

    public int Count(string text)
    {
        var found = 0;
        foreach (var term in _terms)
        {
            if (text.Contains(term, StringComparison.OrdinalIgnoreCase))
            {
                found++;
            }
        }

        return found;
    }
}
