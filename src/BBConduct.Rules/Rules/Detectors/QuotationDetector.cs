using System.Buffers;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// Long quotations (at least <c>minWords</c> words between quotation marks, double or single) with no citation
/// within <see cref="CitationReach"/> characters before or after them ("according to…", "— author", a link).
/// </summary>
internal sealed class QuotationDetector(int minWords, Detector citation) : Detector
{
    /// <summary>How far from the quotation marks a citation may stand and still name the source.</summary>
    private const int CitationReach = 80;

    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"\u201C\u2018'");

    private static readonly SearchValues<char> SingleClosers = SearchValues.Create("'\u2019");

    private static readonly SearchValues<char> DoubleClosers = SearchValues.Create("\"\u201D");

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var text = context.Text;
        List<Signal>? citations = null;
        var i = 0;
        while (i < text.Length)
        {
            // Most characters cannot open a quotation; a vectorised search skips to the next that can.
            var next = text.AsSpan(i).IndexOfAny(QuoteMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var close = IsOpening(text, i) ? FindClosing(text, i) : -1;
            if (close < 0)
            {
                i++;
                continue;
            }

            if (CountWords(text.AsSpan(i + 1, close - i - 1)) >= minWords)
            {
                if (citations is null)
                {
                    citations = context.RentSignals();
                    citation.Detect(context, citations);
                }

                if (!HasCitationNear(citations, i, close + 1))
                {
                    output.Add(new Signal(i, close - i + 1, context.SentenceAt(i + 1)));
                }
            }

            i = close + 1;
        }

        if (citations is not null)
        {
            context.ReturnSignals(citations);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => citation.Bind(binder);

    // A quotation mark opens a quotation at the start of a word: "…", “…”, ‘…’ or '…' (but not the apostrophe in "don't").
    private static bool IsOpening(string text, int i) =>
        text[i] is '"' or '\u201C' or '\u2018' or '\''
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static int FindClosing(string text, int open)
    {
        var closers = text[open] is '\'' or '\u2018' ? SingleClosers : DoubleClosers;
        for (var j = open + 1; j < text.Length; j++)
        {
            var next = text.AsSpan(j).IndexOfAny(closers);
            if (next < 0)
            {
                return -1;
            }

            j += next;
            if ((j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])) && !char.IsWhiteSpace(text[j - 1]))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool HasCitationNear(List<Signal> citations, int start, int end)
    {
        foreach (var c in citations)
        {
            if (c.End >= start - CitationReach && c.Start <= end + CitationReach)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
