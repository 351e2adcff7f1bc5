using System.Buffers;

namespace BBConduct.Benchmarks.Baselines;

/// <summary>
/// <see cref="SearchValues{T}"/> of strings (vectorised Teddy/Aho–Corasick in the BCL) finds candidate
/// positions; a whole-word check then accepts only terms bounded by non-letters on both sides.
/// </summary>
internal sealed class SearchValuesMatcher
{
    private readonly SearchValues<string> _values;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;

    public SearchValuesMatcher(IReadOnlyList<string> terms)
    {
        _values = SearchValues.Create([.. terms], StringComparison.OrdinalIgnoreCase);
        var set = new HashSet<string>(terms, StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = [.. terms.Select(t => t.Length).Distinct().Order()];
    }

    public int Count(string text)
    {
        var span = text.AsSpan();
        var found = 0;
        var offset = 0;
        while (offset < span.Length)
        {
            var index = span[offset..].IndexOfAny(_values);
            if (index < 0)
            {
                break;
            }

            var start = offset + index;
            if (start == 0 || !char.IsLetterOrDigit(span[start - 1]))
            {
                // SearchValues says a term starts here but not which; try each term length that ends on a word boundary.
                foreach (var length in _lengths)
                {
                    var end = start + length;
                    if (end > span.Length)
                    {
                        break;
                    }

                    if ((end == span.Length || !char.IsLetterOrDigit(span[end])) && _lookup.Contains(span.Slice(start, length)))
                    {
                        found++;
                        break;
                    }
                }
            }

            offset = start + 1;
        }

        return found;
    }
}
