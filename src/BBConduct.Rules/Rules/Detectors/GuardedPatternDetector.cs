using System.Text.RegularExpressions;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// Matches of a School's raw pattern with a circuit breaker: the first match timeout switches the pattern off for the
/// rest of the screener's life (one slow pattern must not cost 100 ms on every post of a million-post scan). The post
/// on which it timed out gets one empty-span signal whose detail says so, so a reviewer knows that post was not fully
/// checked; later posts are screened without the pattern. Never throws.
/// </summary>
internal sealed class GuardedPatternDetector(Regex pattern) : Detector
{
    /// <summary>The detail of the signal left on the post where the pattern timed out.</summary>
    public const string DisabledDetail = "pattern disabled after a timeout";

    private int _disabled;

    /// <summary>Whether a timeout has switched the pattern off.</summary>
    public bool IsDisabled => Volatile.Read(ref _disabled) != 0;

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (IsDisabled)
        {
            return;
        }

        var found = output.Count;
        try
        {
            foreach (var match in pattern.EnumerateMatches(context.Text))
            {
                output.Add(new Signal(match.Index, match.Length, context.SentenceAt(match.Index)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Matches before the timeout are dropped too: the evidence of a search that did not finish is partial.
            output.RemoveRange(found, output.Count - found);
            Interlocked.Exchange(ref _disabled, 1);
            output.Add(new Signal(0, 0, 0, DisabledDetail));
        }
    }
}
