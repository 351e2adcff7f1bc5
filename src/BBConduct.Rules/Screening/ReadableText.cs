using BBConduct.Rules.Matching;
using BBConduct.Rules.Policy;

namespace BBConduct.Rules.Screening;

/// <summary>
/// A post as the rules read it, for a reader that sees only text (the classifier): the space read between a group
/// and the word run into it ("Muslimfamily"), and the word a disguise stood for where the matcher saw through one (a
/// slip, "mulsims"; spaced letters, "f u c k"; a mask, "f**k"), with a map from its positions back to the original.
/// </summary>
/// <remarks>
/// A post with nothing to restore is its own text (no copy). Words the reader folds the same way itself (case, repeated
/// letters) and inflected forms ("bitches") are left as written; a word the matcher read through digits, symbols or
/// look-alike letters ("bl4ck", "sh!t") is restored, since the classifier's reader keeps digits and splits at symbols.
/// </remarks>
internal readonly struct ReadableText
{
    private static readonly System.Buffers.SearchValues<char> PlainLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-");

    private static readonly Comparison<Edit> ByStart = static (a, b) => a.Start.CompareTo(b.Start);

    private readonly List<Edit>? _edits;

    private ReadableText(string text, List<Edit>? edits)
    {
        Text = text;
        _edits = edits;
    }

    /// <summary>The text to read.</summary>
    public string Text { get; }

    /// <summary>Whether anything was restored (the text is a copy).</summary>
    public bool Restored => _edits is not null;

    /// <summary>The post in <paramref name="context"/> as the rules read it.</summary>
    public static ReadableText Of(ScreeningContext context)
    {
        var original = context.Text;
        var words = context.Words;
        List<Edit>? edits = null;
        foreach (var cut in words.Cuts)
        {
            (edits ??= []).Add(new Edit(cut, 0, " "));
        }

        var terms = context.Policy.Matcher.Terms;
        foreach (var hit in context.Hits)
        {
            // Disguised to the matcher, or written with digits or symbols that the tokenizer read as letters ("bl4ck",
            // "5hould", "sh!t"): a reader that keeps digits would see no word there.
            var start = words[hit.FirstToken].OriginalStart;
            var end = words[hit.LastToken].OriginalEnd;
            if ((!hit.Disguised && !original.AsSpan(start, end - start).ContainsAnyExcept(PlainLetters))
                || hit.LexiconId == context.Policy.PeopleLexiconId
                || context.Policy.Lexicons.NameOf(hit.LexiconId) == CompiledPolicy.AllowLexicon)
            {
                continue;
            }

            var phrase = terms[hit.TermId].Phrase;
            if (phrase.AsSpan().ContainsAnyExcept(PlainLetters))
            {
                // A term written in leet or with symbols ("f0ck", the first a mask "f**k" may stand for) reads no
                // better than the disguise.
                continue;
            }

            if (edits is null || !Overlaps(edits, start, end))
            {
                (edits ??= []).Add(new Edit(start, end - start, phrase));
            }
        }

        if (edits is null)
        {
            return new ReadableText(original, null);
        }

        edits.Sort(ByStart);
        var text = new System.Text.StringBuilder(original.Length + 16);
        var from = 0;
        foreach (var edit in edits)
        {
            text.Append(original, from, edit.Start - from).Append(edit.Replacement);
            from = edit.Start + edit.Length;
        }

        text.Append(original, from, original.Length - from);
        return new ReadableText(text.ToString(), edits);
    }

    // A lambda capturing the span in Of would be allocated for every hit of every post, restored or not.
    private static bool Overlaps(List<Edit> edits, int start, int end)
    {
        foreach (var edit in edits)
        {
            if (edit.Start < end && start < edit.Start + Math.Max(edit.Length, 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The span of the original that <paramref name="start"/> and <paramref name="length"/> in <see cref="Text"/> cover.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_edits is null)
        {
            return (start, length);
        }

        var from = Map(start, atEnd: false);
        var to = Map(start + length, atEnd: true);
        return (from, Math.Max(0, to - from));
    }

    // A position in the read text, back in the original: inside a restored word, its start (or, for an end, its end).
    private int Map(int position, bool atEnd)
    {
        var shift = 0;
        foreach (var edit in _edits!)
        {
            var readStart = edit.Start + shift;
            if (position < readStart || (position == readStart && !atEnd))
            {
                break;
            }

            var readEnd = readStart + edit.Replacement.Length;
            if (position < readEnd || (position == readEnd && atEnd))
            {
                return atEnd ? edit.Start + edit.Length : edit.Start;
            }

            shift += edit.Replacement.Length - edit.Length;
        }

        return position - shift;
    }

    /// <summary>The original's characters <paramref name="Start"/> to <paramref name="Length"/> read as <paramref name="Replacement"/>.</summary>
    private readonly record struct Edit(int Start, int Length, string Replacement);
}
