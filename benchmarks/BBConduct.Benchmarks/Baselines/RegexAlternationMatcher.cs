using System.Text.RegularExpressions;

namespace BBConduct.Benchmarks.Baselines;

/// <summary>One compiled, case-insensitive, whole-word <see cref="Regex"/> alternation of every term.</summary>
internal sealed class RegexAlternationMatcher
{
    private readonly Regex _regex;

    public RegexAlternationMatcher(IReadOnlyList<string> terms)
    {
        // Longest first, so a phrase wins over the word it starts with, as the .NET alternation is ordered.
        var alternatives = terms.OrderByDescending(t => t.Length).Select(Regex.Escape);
        _regex = new Regex(
            $@"\b(?:{string.Join('|', alternatives)})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(10));
    }

    public int Count(string text)
    {
        var found = 0;
        foreach (var unused in _regex.EnumerateMatches(text))
        {
            found++;
        }

        return found;
    }
}
