namespace BBConduct.Rules.Rules;

/// <summary>Evidence a detector found: a span of the original text (empty for whole-post evidence).</summary>
/// <param name="Start">Start in UTF-16 code units of the original text.</param>
/// <param name="Length">Length in UTF-16 code units; 0 for whole-post evidence.</param>
/// <param name="Sentence">The sentence the span starts in, or -1 for whole-post evidence.</param>
/// <param name="Detail">Extra detail carried to the finding, such as an equality strand.</param>
public readonly record struct Signal(int Start, int Length, int Sentence, string? Detail = null)
{
    /// <summary>Evidence about the post as a whole.</summary>
    public static Signal WholePost { get; } = new(0, 0, -1);

    /// <summary>One past the last code unit of the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether this is whole-post evidence.</summary>
    public bool IsWholePost => Sentence < 0;

    /// <summary>The smallest span covering this signal and <paramref name="other"/>, keeping this signal's detail.</summary>
    /// <param name="other">The other signal.</param>
    /// <returns>The covering signal.</returns>
    public Signal Cover(Signal other)
    {
        if (other.IsWholePost)
        {
            return this;
        }

        if (IsWholePost)
        {
            return other with { Detail = Detail ?? other.Detail };
        }

        var start = Math.Min(Start, other.Start);
        var end = Math.Max(End, other.End);
        return new Signal(start, end - start, Math.Min(Sentence, other.Sentence), Detail ?? other.Detail);
    }
}
