using BBConduct.Rules.Matching;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Screening;

/// <summary>
/// A post as the rules read it, for a reader that sees only text (the classifier): the space read between a group
/// and the word run into it ("Muslimfamily"), and the word a disguise stood for where the matcher saw through one (a
/// slip, "mulsims"; spaced letters, "f u c k"; a mask, "f**k"), with a map from its positions back to the original.
/// </summary>
/// <remarks>
/// A post with nothing to restore is its own text (no copy). Words the tokenizer already folds (case, leet, look-alikes,
/// repeated letters) and inflected forms ("bitches") are left as written: the reader folds those itself.
/// </remarks>
internal readonly struct ReadableText
{
    private static readonly System.Buffers.SearchValues<char> PlainLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-");

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
            if (!IsDisguised(words, hit, terms[hit.TermId]) || hit.LexiconId == context.Policy.PeopleLexiconId
                || context.Policy.Lexicons.NameOf(hit.LexiconId) == CompiledPolicy.AllowLexicon)
            {
                continue;
            }

            var start = words[hit.FirstToken].OriginalStart;
            var end = words[hit.LastToken].OriginalEnd;
            var phrase = terms[hit.TermId].Phrase;
            if (phrase.AsSpan().ContainsAnyExcept(PlainLetters))
            {
                // A term written in leet or with symbols ("f0ck", the first a mask "f**k" may stand for) reads no
                // better than the disguise.
                continue;
            }

            if (edits is null || !edits.Exists(e => e.Start < end && start < e.Start + Math.Max(e.Length, 1)))
            {
                (edits ??= []).Add(new Edit(start, end - start, phrase));
            }
        }

        if (edits is null)
        {
            return new ReadableText(original, null);
        }

        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
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

    /// <summary>
    /// Whether the tokens of <paramref name="hit"/> are a disguise of <paramref name="term"/>'s words: masked, spaced
    /// letters (more tokens than words), or a word neither the term's nor its inflected form (a slip). Allocates nothing.
    /// </summary>
    private static bool IsDisguised(NormalizedText words, Hit hit, Term term)
    {
        var token = hit.FirstToken;
        foreach (var range in term.Phrase.AsSpan().Split(' '))
        {
            var word = term.Phrase.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (token > hit.LastToken || (words[token].Flags & TokenFlags.Masked) != 0)
            {
                return true;
            }

            var keyed = words.TextOf(token);
            var last = token == hit.LastToken;
            if (!KeyedEquals(keyed, word, prefixOnly: false) && !(term.Inflect && last && KeyedEquals(keyed, word, prefixOnly: true)))
            {
                return true;
            }

            token++;
        }

        // Fewer words than tokens: letters spaced apart.
        return token <= hit.LastToken;
    }

    /// <summary>
    /// Whether <paramref name="keyed"/> (a token as the tokenizer keys it: lower case, repeated letters once) is
    /// <paramref name="word"/> so keyed, or (<paramref name="prefixOnly"/>) begins with it. Letters only: a term word
    /// with an apostrophe or hyphen is not compared and counts as not disguised.
    /// </summary>
    private static bool KeyedEquals(ReadOnlySpan<char> keyed, ReadOnlySpan<char> word, bool prefixOnly)
    {
        var k = 0;
        var previous = '\0';
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return true;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower == previous)
            {
                continue;
            }

            if (k >= keyed.Length || keyed[k] != lower)
            {
                return false;
            }

            previous = lower;
            k++;
        }

        return prefixOnly || k == keyed.Length;
    }

    /// <summary>The original's characters <paramref name="Start"/> to <paramref name="Length"/> read as <paramref name="Replacement"/>.</summary>
    private readonly record struct Edit(int Start, int Length, string Replacement);
}
