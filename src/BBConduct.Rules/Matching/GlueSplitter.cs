using System.Numerics;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Matching;

/// <summary>
/// Reads apart a group or slur run into the word before or after it ("Muslimfamily", "Asiansbreed", "everyimmigrant",
/// "thewogs"), so that every rule reads the post as if the space were there. The policy's <c>glue.groups</c> lexicon
/// names the one-word groups, whose repeated letters must repeat ("coon" is not the "con" of "Conor"); the other part
/// must be a word of some lexicon, three letters or more as the group is (or, before a group, one of a few two-letter
/// words: "NoMuslim"). The run-together
/// forms the policy's glued lists name ("womenare") are read apart too, into the words they were made of; a real word,
/// a place or a one-word term of the lists, or it with an inflection ending, is never cut (<c>glue.whole-words</c>:
/// "blacksmith", "Blackpool", "jewboy", which the policy build lists from its word lists).
/// </summary>
/// <remarks>
/// Only plain a–z words whose folded letters stand one for one (runs included, apostrophes aside) for the written ones
/// are cut, so the two parts map back to exact spans of the original. Most words are ruled out by their first or last three letters,
/// which begin or end no group. Immutable; thread-safe.
/// </remarks>
internal sealed class GlueSplitter
{
    /// <summary>The lexicon of one-word groups and slurs.</summary>
    public const string GroupsLexicon = "glue.groups";

    /// <summary>The lexicon of words never read apart.</summary>
    public const string WholeWordsLexicon = "glue.whole-words";

    private const int MinLength = MinGroup + MinOther;
    private const int MaxLength = 40;
    private const int MinGroup = 3;
    private const int MinOther = 3;

    // Each group keyed as tokens are (squeezed), numbered, with the run of each letter its written form needs ("coon":
    // o twice) by number. The matcher's own word table: a lookup allocates nothing and costs one probe.
    private readonly Vocabulary _groups;
    private readonly byte[][] _groupRuns;
    private readonly Vocabulary _wholeWords;

    // Bit (a*26+b)*26+c is set when some group begins (or ends) with the letters a, b, c.
    private readonly ulong[] _starts = new ulong[(26 * 26 * 26 + 63) / 64];
    private readonly ulong[] _ends = new ulong[(26 * 26 * 26 + 63) / 64];
    private readonly PhraseMatcher _matcher;

    // The groups, and the groups written backwards, as Bloom filters: a prefix or suffix is looked up only when these let it.
    private readonly WordFilter _prefixes;
    private readonly WordFilter _suffixes;

    /// <summary>Builds the splitter.</summary>
    /// <param name="groups">The one-word groups and slurs, as the lexicon lists them.</param>
    /// <param name="wholeWords">The words never cut, as the lexicon lists them.</param>
    /// <param name="matcher">The matcher whose vocabulary the other part of a glued word must be in.</param>
    public GlueSplitter(IEnumerable<string> groups, IEnumerable<string> wholeWords, PhraseMatcher matcher)
    {
        _matcher = matcher;
        var groupRuns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var term in groups)
        {
            var written = Listed(term);
            var group = TypoVariants.Squeeze(written);
            if (group.Length < MinGroup || group.AsSpan().ContainsAnyExceptInRange('a', 'z'))
            {
                continue;
            }

            var runs = RunsOf(written, group.Length);
            if (groupRuns.TryGetValue(group, out var other))
            {
                // Two written forms of one key: the laxer runs, so either is read apart.
                for (var k = 0; k < runs.Length; k++)
                {
                    runs[k] = Math.Min(runs[k], other[k]);
                }
            }

            groupRuns[group] = runs;
            Set(_starts, group.AsSpan(0, 3));
            Set(_ends, group.AsSpan(group.Length - 3));
        }

        _groups = new Vocabulary(groupRuns.Keys);
        _groupRuns = [.. groupRuns.Values];
        _prefixes = new WordFilter(groupRuns.Keys);
        _suffixes = new WordFilter([.. groupRuns.Keys.Select(g => new string([.. g.Reverse()]))]);
        _wholeWords = new Vocabulary(wholeWords.Select(word => TypoVariants.Squeeze(Listed(word))).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A lexicon term as written, lower case, without the "=" that opts it out of endings and slips.</summary>
    private static string Listed(string term) => term.TrimStart('=').ToLowerInvariant();

    /// <summary>Cuts every glued word of <paramref name="text"/> into its two words, in place.</summary>
    public void Split(NormalizedText text)
    {
        for (var i = 0; i < text.TokenCount; i++)
        {
            ref readonly var token = ref text[i];
            if (token.NormLength is < MinLength or > MaxLength || (token.Flags & (TokenFlags.Masked | TokenFlags.Numeric | TokenFlags.Leet)) != 0)
            {
                continue;
            }

            var word = text.TextOf(i);
            var at = CutOf(word, text.RunsOf(i));
            if (at > 0 && !IsWholeWord(word) && text.OriginalOffsetOf(i, at) is >= 0 and var cut)
            {
                text.SplitToken(i, at, cut);
                i++;
            }
        }
    }

    /// <summary>
    /// Where <paramref name="word"/> (with its letters' <paramref name="runs"/>) is a group glued to another word, or 0:
    /// the longest group wins.
    /// </summary>
    private int CutOf(ReadOnlySpan<char> word, ReadOnlySpan<byte> runs)
    {
        if (word.ContainsAnyExceptInRange('a', 'z'))
        {
            return 0;
        }

        // The groups a prefix or suffix may be, by length, from the filters as the letters are folded in: only these
        // are looked up. Bit n of a mask is a group of n letters.
        if (IsSet(_starts, word[..3]))
        {
            var lengths = 0UL;
            var state = WordFilter.Basis;
            for (var k = 0; k < word.Length - MinOther; k++)
            {
                state = WordFilter.Fold(state, word[k]);
                if (k + 1 >= MinGroup && _prefixes.MayContain(WordFilter.Spread(state)))
                {
                    lengths |= 1UL << (k + 1);
                }
            }

            for (; lengths != 0; lengths &= ~(1UL << (63 - BitOperations.LeadingZeroCount(lengths))))
            {
                var k = 63 - BitOperations.LeadingZeroCount(lengths);
                if (IsGroup(word[..k], runs[..k]) && _matcher.WordId(word[k..]) >= 0)
                {
                    return k;
                }
            }
        }

        if (IsSet(_ends, word[^3..]))
        {
            var lengths = 0UL;
            var state = WordFilter.Basis;
            var shortest = IsShortHead(word[..2]) ? 2 : MinOther;
            for (var k = word.Length - 1; k >= shortest; k--)
            {
                state = WordFilter.Fold(state, word[k]);
                if (word.Length - k >= MinGroup && _suffixes.MayContain(WordFilter.Spread(state)))
                {
                    lengths |= 1UL << (word.Length - k);
                }
            }

            for (; lengths != 0; lengths &= ~(1UL << (63 - BitOperations.LeadingZeroCount(lengths))))
            {
                var k = word.Length - (63 - BitOperations.LeadingZeroCount(lengths));
                if (IsGroup(word[k..], runs[k..]) && _matcher.WordId(word[..k]) >= 0)
                {
                    return k;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether <paramref name="head"/> is a two-letter word that often stands right before a group ("NoMuslim",
    /// "dojews", "anautistic"): the one case where the other part may be shorter than three letters.
    /// </summary>
    private static bool IsShortHead(ReadOnlySpan<char> head) => head is "no" or "do" or "an" or "of" or "to" or "so" or "my";

    /// <summary>Whether <paramref name="letters"/>, written with <paramref name="runs"/>, is a group as written.</summary>
    private bool IsGroup(ReadOnlySpan<char> letters, ReadOnlySpan<byte> runs)
    {
        var id = _groups.IdOf(letters);
        if (id < 0)
        {
            return false;
        }

        var needed = _groupRuns[id];
        for (var k = 0; k < needed.Length; k++)
        {
            if (runs[k] < needed[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The run of each letter of <paramref name="written"/>, squeezed to <paramref name="length"/> letters.</summary>
    private static byte[] RunsOf(string written, int length)
    {
        var runs = new byte[length];
        var k = -1;
        for (var i = 0; i < written.Length; i++)
        {
            if (i == 0 || written[i] != written[i - 1])
            {
                k++;
            }

            runs[k]++;
        }

        return runs;
    }

    /// <summary>Whether <paramref name="word"/>, or it less an inflection ending ("blacksmiths", "jewboys"), is kept whole.</summary>
    private bool IsWholeWord(ReadOnlySpan<char> word)
    {
        for (var ending = 0; ending <= 4 && word.Length - ending >= MinLength; ending++)
        {
            if (_wholeWords.IdOf(word[..^ending]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Index(ReadOnlySpan<char> three) => (((three[0] - 'a') * 26) + (three[1] - 'a')) * 26 + (three[2] - 'a');

    private static void Set(ulong[] bits, ReadOnlySpan<char> three) => bits[Index(three) >> 6] |= 1UL << (Index(three) & 63);

    private static bool IsSet(ulong[] bits, ReadOnlySpan<char> three) => (bits[Index(three) >> 6] & (1UL << (Index(three) & 63))) != 0;
}
