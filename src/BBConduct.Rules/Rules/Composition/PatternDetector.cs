using System.Buffers;
using System.Text.RegularExpressions;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>
/// Matches of a regular expression over the original text. When the pattern cannot match without one of
/// <c>required</c> characters (an "@" for an e-mail, a digit for a phone number), a vectorised search for them
/// skips the regular expression on most posts (<c>mayMatch</c> is the same idea for words). A timeout yields no
/// evidence, never an exception.
/// </summary>
internal sealed class PatternDetector(Regex pattern, string? detail, SearchValues<char>? required = null, Func<string, bool>? mayMatch = null) : Detector
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var text = context.Text;
        if ((required is not null && text.AsSpan().IndexOfAny(required) < 0) || (mayMatch is not null && !mayMatch(text)))
        {
            return;
        }

        try
        {
            foreach (var match in pattern.EnumerateMatches(text))
            {
                output.Add(new Signal(match.Index, match.Length, context.SentenceAt(match.Index), detail));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological input must not stop screening; the other rules still run.
        }
    }
}
