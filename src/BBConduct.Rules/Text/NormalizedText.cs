namespace BBConduct.Rules.Text;

/// <summary>
/// The words of a text after folding (case, compatibility forms, marks, look-alikes, leetspeak) and
/// squeezing of repeated letters, each mapped back to its span in the original.
/// </summary>
/// <remarks>
/// Repeated letters are squeezed to one character and the run length is kept beside it, so that
/// "fuuuuck" matches "fuck" while "as" never matches "ass": a lexicon term matches when every run in the
/// text is at least as long as the term's run. Instances are reused between posts to keep the hot path
/// free of allocations; an instance is used by one thread at a time.
/// </remarks>
internal sealed class NormalizedText
{
    private char[] _chars = new char[256];
    private byte[] _runs = new byte[256];
    private Token[] _tokens = new Token[64];
    private int[] _lookups = new int[512];
    private int[] _cuts = new int[4];

    /// <summary>The original text.</summary>
    public string Original { get; private set; } = string.Empty;

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Number of sentences (at least one when there is any token).</summary>
    public int SentenceCount { get; private set; }

    /// <summary>How many words were cut in two (<see cref="SplitToken"/>) since the text was loaded.</summary>
    public int CutCount { get; private set; }

    /// <summary>Where in the original each cut word's second part begins, in order: a space was read there.</summary>
    public ReadOnlySpan<int> Cuts => _cuts.AsSpan(0, CutCount);

    /// <summary>All tokens.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    /// <summary>The folded characters of every token, back to back.</summary>
    internal char[] Chars => _chars;

    /// <summary>The run length of each character in <see cref="Chars"/>.</summary>
    internal byte[] Runs => _runs;

    /// <summary>The folded, squeezed characters of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TextOf(int index)
    {
        ref readonly var t = ref _tokens[index];
        return _chars.AsSpan(t.NormStart, t.NormLength);
    }

    /// <summary>The run lengths of token <paramref name="index"/>'s characters.</summary>
    public ReadOnlySpan<byte> RunsOf(int index)
    {
        ref readonly var t = ref _tokens[index];
        return _runs.AsSpan(t.NormStart, t.NormLength);
    }

    /// <summary>
    /// The folded characters of token <paramref name="index"/> with each repeated as often as it was written ("fuuck"
    /// stays "fuuck"): the form mask candidates and typo slips are made from. Cold path: allocates.
    /// </summary>
    public string WrittenOf(int index)
    {
        var text = TextOf(index);
        var runs = RunsOf(index);
        var letters = new System.Text.StringBuilder(text.Length);
        for (var k = 0; k < text.Length; k++)
        {
            letters.Append(text[k], runs[k]);
        }

        return letters.ToString();
    }

    /// <summary>
    /// Room for at least <paramref name="length"/> ints, for the matcher's per-word lookups: kept with the words it
    /// describes, so a reused instance allocates nothing (a pool's array costs a rent and may be trimmed away).
    /// </summary>
    internal Span<int> LookupBuffer(int length)
    {
        if (_lookups.Length < length)
        {
            _lookups = new int[Math.Max(length, _lookups.Length * 2)];
        }

        return _lookups.AsSpan(0, length);
    }

    /// <summary>Gets token <paramref name="index"/>.</summary>
    public ref readonly Token this[int index] => ref _tokens[index];

    /// <summary>Tokenises <paramref name="text"/>, replacing what this instance held.</summary>
    public void Load(string text)
    {
        Original = text;
        TokenCount = 0;
        SentenceCount = 0;
        CutCount = 0;
        EnsureCharCapacity(text.Length * 2 + 8);
        Tokenizer.Run(this, text);
    }

    internal void EnsureCharCapacity(int needed)
    {
        if (_chars.Length < needed)
        {
            var size = Math.Max(needed, _chars.Length * 2);
            _chars = new char[size];
            _runs = new byte[size];
        }
    }

    internal void EnsureCharCapacityPreserving(int needed)
    {
        if (_chars.Length < needed)
        {
            var size = Math.Max(needed, _chars.Length * 2);
            Array.Resize(ref _chars, size);
            Array.Resize(ref _runs, size);
        }
    }

    internal void AddToken(in Token token)
    {
        if (TokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[TokenCount++] = token;
        SentenceCount = token.Sentence + 1;
    }

    /// <summary>
    /// Where in the original the letters of token <paramref name="index"/> after its first <paramref name="at"/> begin,
    /// when its letters stand one for one (runs included) for what was written, apostrophes aside ("Lesbiansdon't");
    /// -1 when they do not (folded accents, dropped marks, leet), so no cut could map back exactly.
    /// </summary>
    internal int OriginalOffsetOf(int index, int at)
    {
        ref readonly var token = ref _tokens[index];
        var position = token.OriginalStart;
        var cut = -1;
        for (var k = 0; k < token.NormLength; k++)
        {
            while (position < token.OriginalEnd && Original[position] is '\'' or '\u2019')
            {
                position++;
            }

            if (k == at)
            {
                cut = position;
            }

            for (var run = 0; run < _runs[token.NormStart + k]; run++, position++)
            {
                if (position >= token.OriginalEnd || char.ToLowerInvariant(Original[position]) != _chars[token.NormStart + k])
                {
                    return -1;
                }
            }
        }

        return position == token.OriginalEnd ? cut : -1;
    }

    /// <summary>
    /// Cuts token <paramref name="index"/> in two after its first <paramref name="at"/> letters, the second part starting
    /// at <paramref name="cut"/> in the original (see <see cref="OriginalOffsetOf"/>).
    /// </summary>
    internal void SplitToken(int index, int at, int cut)
    {
        var first = _tokens[index];
        var second = first;
        second.NormStart += at;
        second.NormLength -= at;
        second.OriginalStart = cut;
        second.Flags = (first.Flags & ~TokenFlags.Capitalized) | (char.IsUpper(Original[cut]) ? TokenFlags.Capitalized : TokenFlags.None);
        first.NormLength = at;
        first.OriginalEnd = cut;
        if (TokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        Array.Copy(_tokens, index + 1, _tokens, index + 2, TokenCount - index - 1);
        _tokens[index] = first;
        _tokens[index + 1] = second;
        TokenCount++;
        if (CutCount == _cuts.Length)
        {
            Array.Resize(ref _cuts, _cuts.Length * 2);
        }

        // Tokens are cut in order, so the cuts are too.
        _cuts[CutCount++] = cut;
    }

    /// <summary>Releases oversized buffers after a very long post so a reused instance does not pin them.</summary>
    internal void Trim()
    {
        const int Keep = 1 << 16;
        if (_chars.Length > Keep)
        {
            _chars = new char[256];
            _runs = new byte[256];
        }

        if (_tokens.Length > Keep / 4)
        {
            _tokens = new Token[64];
        }

        if (_lookups.Length > Keep)
        {
            _lookups = new int[512];
        }

        Original = string.Empty;
        TokenCount = 0;
    }
}
