using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// Long quotations (at least <c>minWords</c> words between quotation marks) with no citation within
/// <see cref="CitationReach"/> characters before or after them ("according to…", "— author", a link).
/// </summary>
internal sealed class QuotationDetector(int minWords, Detector citation) : Detector
{
    /// <summary>How far from the quotation marks a citation may stand and still name the source.</summary>
    private const int CitationReach = 80;

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var text = context.Text;
        List<Signal>? citations = null;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && c is '\u201C' or '"')
            {
                open = i;
            }
            else if (open >= 0 && c is '\u201D' or '"')
            {
                if (CountWords(text.AsSpan(open + 1, i - open - 1)) >= minWords)
                {
                    if (citations is null)
                    {
                        citations = context.RentSignals();
                        citation.Detect(context, citations);
                    }

                    if (!HasCitationNear(citations, open, i + 1))
                    {
                        output.Add(new Signal(open, i - open + 1, context.SentenceAt(open + 1)));
                    }
                }

                open = -1;
            }
        }

        if (citations is not null)
        {
            context.ReturnSignals(citations);
        }
    }

    protected internal override void Bind(DetectorBinder binder) => citation.Bind(binder);

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
