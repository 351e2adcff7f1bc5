using System.Buffers;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Matching;

/// <summary>
/// The text-speak spellings pupils write common words in ("u" for "you", "r" for "are", "ppl" for "people", "gonna" for
/// "going to", "comin" for "coming"), so that a listed phrase is found however it is spelt: "why r u even alive" is
/// "why are you even alive", "nobody likes u" is "nobody likes you".
/// </summary>
/// <remarks>
/// The respellings are indexed beside the term's own words when the matcher is built, as one-letter slips are, so a
/// post pays nothing for them. A term opted out with "=" (and so every generated glued form) is not respelt, nor is a
/// people-registry name. A respelling that would leave a term of one single letter is not indexed: "u" or "r" alone
/// is too common to stand for a listed word.
/// </remarks>
internal sealed class TextSpeak
{
    /// <summary>The most respellings indexed for one term (a term full of common words would otherwise multiply).</summary>
    public const int MaxPerTerm = 64;

    /// <summary>The fewest letters of an "-ing" word, as keyed, whose final g may be dropped ("goin", "comin").</summary>
    public const int MinDroppedGLength = 5;

    // Written words (one or two) and their text-speak spellings, written as pupils write them.
    private static readonly (string Words, string[] Spellings)[] Table =
    [
        ("you", ["u", "ya", "yu"]),
        ("your", ["ur", "yr", "yer"]),
        ("you're", ["ur", "ure"]),
        ("you are", ["ur"]),
        ("yourself", ["urself", "yaself"]),
        ("yourselves", ["urselves"]),
        ("are", ["r"]),
        ("why", ["y"]),
        ("see", ["c"]),
        ("and", ["n"]),
        ("people", ["ppl"]),
        ("because", ["cos", "coz", "cuz", "bc", "cause"]),
        ("though", ["tho"]),
        ("please", ["pls", "plz"]),
        ("what", ["wat", "wot"]),
        ("with", ["wiv"]),
        ("about", ["abt", "bout"]),
        ("really", ["rly"]),
        ("something", ["smth", "smthing", "sumthing"]),
        ("tonight", ["tonite"]),
        ("tomorrow", ["tmrw", "tmr", "tomoz"]),
        ("school", ["skool"]),
        ("love", ["luv"]),
        ("i am", ["im"]),
        ("going to", ["gonna", "gunna"]),
        ("want to", ["wanna"]),
        ("got to", ["gotta"]),
        ("kind of", ["kinda"]),
        ("out of", ["outta"]),
        ("let me", ["lemme"]),
        ("give me", ["gimme"]),
        ("don't know", ["dunno"]),
    ];

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private readonly Dictionary<string, Word[]> _oneWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word[]>.AlternateLookup<ReadOnlySpan<char>> _oneWordLookup;
    private readonly Dictionary<(string, string), Word[]> _twoWords = [];
    private readonly HashSet<string> _twoWordStarts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _twoWordStartLookup;

    /// <summary>Keys the table as the matcher keys words (folded, repeated letters once), with each spelling's letter runs.</summary>
    public TextSpeak()
    {
        _oneWordLookup = _oneWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _twoWordStartLookup = _twoWordStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        var scratch = new NormalizedText();
        foreach (var (words, spellings) in Table)
        {
            var respelt = new Word[spellings.Length];
            for (var i = 0; i < spellings.Length; i++)
            {
                scratch.Load(spellings[i]);
                respelt[i] = new Word(scratch.TextOf(0).ToString(), scratch.RunsOf(0).ToArray(), Source: -1);
            }

            scratch.Load(words);
            if (scratch.TokenCount == 1)
            {
                _oneWord.Add(scratch.TextOf(0).ToString(), respelt);
            }
            else
            {
                _twoWords.Add((scratch.TextOf(0).ToString(), scratch.TextOf(1).ToString()), respelt);
                _twoWordStarts.Add(scratch.TextOf(0).ToString());
            }
        }
    }

    /// <summary>Whether any word of the loaded term has a respelling (a cheap test before <see cref="Respell"/>).</summary>
    public bool MayRespell(NormalizedText term)
    {
        for (var k = 0; k < term.TokenCount; k++)
        {
            var word = term.TextOf(k);
            if (_oneWordLookup.ContainsKey(word) || DropsG(word) || (k + 1 < term.TokenCount && _twoWordStartLookup.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The respellings of a term's words (<paramref name="keys"/>, with their letter <paramref name="runs"/>): each a
    /// path of words, a word kept from the term naming its index in <see cref="Word.Source"/>. The term's own spelling
    /// is not among them.
    /// </summary>
    public List<Word[]> Respell(string[] keys, byte[][] runs)
    {
        var output = new List<Word[]>();
        Expand(keys, runs, 0, [], respelt: false, output);
        return output;
    }

    private void Expand(string[] keys, byte[][] runs, int k, List<Word> path, bool respelt, List<Word[]> output)
    {
        if (output.Count >= MaxPerTerm)
        {
            return;
        }

        if (k == keys.Length)
        {
            if (respelt && !(path.Count == 1 && path[0].Key.Length == 1))
            {
                output.Add([.. path]);
            }

            return;
        }

        path.Add(new Word(keys[k], runs[k], k));
        Expand(keys, runs, k + 1, path, respelt, output);
        path.RemoveAt(path.Count - 1);

        if (_oneWord.TryGetValue(keys[k], out var spellings))
        {
            foreach (var spelling in spellings)
            {
                path.Add(spelling);
                Expand(keys, runs, k + 1, path, respelt: true, output);
                path.RemoveAt(path.Count - 1);
            }
        }

        if (DropsG(keys[k]) && runs[k].Length == keys[k].Length && runs[k][^1] == 1)
        {
            path.Add(new Word(keys[k][..^1], runs[k][..^1], Source: -1));
            Expand(keys, runs, k + 1, path, respelt: true, output);
            path.RemoveAt(path.Count - 1);
        }

        if (k + 1 < keys.Length && _twoWords.TryGetValue((keys[k], keys[k + 1]), out var joined))
        {
            foreach (var spelling in joined)
            {
                path.Add(spelling);
                Expand(keys, runs, k + 2, path, respelt: true, output);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a verb's "-ing" form, whose g pupils drop ("goin", "doin", "comin"): what
    /// comes before "ing" has a vowel, which "thing", "bring" and "string" do not ("thin" is no spelling of "thing").
    /// </summary>
    private static bool DropsG(ReadOnlySpan<char> word) =>
        word.Length >= MinDroppedGLength && word.EndsWith("ing", StringComparison.Ordinal) && word[..^3].ContainsAny(Vowels);

    /// <summary>A word of a respelt path: its key, its letter runs as written, and the term's word it keeps (or -1 for a respelling).</summary>
    internal readonly record struct Word(string Key, byte[] Runs, int Source);
}
