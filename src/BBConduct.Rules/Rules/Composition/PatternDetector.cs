using System.Text.RegularExpressions;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Composition;

/// <summary>Matches of a regular expression over the original text. A timeout yields no evidence, never an exception.</summary>
internal sealed class PatternDetector(Regex pattern, string? detail) : Detector
{
    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        try
        {
            foreach (var match in pattern.EnumerateMatches(context.Text))
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
