using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Matching;

/// <summary>
/// Finds every term of every lexicon in one pass over a post's tokens. Terms are indexed as a trie of
/// whole words, numbered by a <see cref="Vocabulary"/>: each word of a post (and each stem of it, the word less an
/// inflection ending) is looked up once, whatever the number of terms, and the trie is walked by number.
/// </summary>
/// <remarks>
/// Beyond exact words it recognises: inflected endings for terms that allow them, letters spaced or
/// dotted apart ("f u c k", "k.y.s"), masked letters ("f**k") and, for terms that allow them, one-letter slips
/// ("muslms", "womne": see <see cref="TypoVariants"/>), indexed beside the exact words so they cost nothing extra per
/// word. An <c>allow</c> lexicon suppresses any hit it overlaps ("Dick Whittington", "cocker spaniel"). Immutable after
/// construction; thread-safe.
/// </remarks>
internal sealed class PhraseMatcher
{
    private const int MaxSpacedRun = 24;

    // Masked words are expanded into 33 characters; a candidate must be shorter.
    private const int MaxMaskedLength = 33;

    // The longest ending accepted after an inflectable term (see IsEnding); a word has at most one stem per length.
    private const int MaxStems = 5;

    private readonly Vocabulary _vocabulary;

    // The last words of inflectable terms: a stem ("bitch" of "bitches") can only make a hit if it is one of these.
    private readonly WordFilter _stemFilter;

    // The words that start a term: only these are looked up for every word of a post. A word that only continues a
    // term ("of", "a" in "son of a bitch") is common in text and is looked up when a walk reaches it.
    private readonly WordFilter _rootFilter;

    // Whether any term is inflectable: without one, no word's stems are looked for.
    private readonly bool _inflects;

    // The trie, flattened into arrays for locality: node n's ends are _ends[_nodes[n].FirstEnd..][..EndCount]. The words
    // that start a term are numbered first, and the node each leads to has its number: word id w below _rootCount is
    // node w, with no table in between. The levels below are by (node, word id).
    private readonly int _rootCount;
    private readonly TrieNode[] _nodes;
    private readonly End[] _ends;
    private readonly EdgeTable _edges;
    private readonly Term[] _terms;
    private readonly int _allowLexicon;

    // One-word terms a masked word ("f**k") may stand for, by written length and first letter (a masked word's first
    // letter is never masked), each list in term order: a large lexicon's thousands of terms of one length are not
    // all compared with every masked word.
    private readonly Dictionary<int, List<(string Letters, int TermId)>> _maskCandidates = [];

    /// <summary>Compiles the terms.</summary>
    /// <param name="terms">Every term; a term's position is its id.</param>
    /// <param name="allowLexicon">The lexicon whose hits suppress overlapping hits, or -1.</param>
    /// <param name="typoExceptions">Real words that must not match as a slip of a term ("wore" for "whore").</param>
    public PhraseMatcher(IReadOnlyList<Term> terms, int allowLexicon, IEnumerable<string>? typoExceptions = null)
    {
        _terms = [.. terms];
        _allowLexicon = allowLexicon;
        // Most terms are one word, and a slip adds a path for about one term in two.
        var trie = new TrieBuilder(expectedPaths: _terms.Length + (_terms.Length / 2));
        var scratch = new NormalizedText();
        var textSpeak = new TextSpeak();
        var slips = new List<(int TermId, int[] Words, byte[][] Runs, int At, string Variant)>();

        // Words that no slip may be: those of a term cut short by a masked word, and the listed real words.
        var notSlips = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < _terms.Length; id++)
        {
            Add(trie, scratch, textSpeak, id, notSlips, slips);
        }

        // A slip that is a word of any term, or a listed real word, would turn an innocent word into a hit.
        var termWords = trie.WordCount;
        foreach (var exception in typoExceptions ?? [])
        {
            scratch.Load(exception);
            if (scratch.TokenCount == 1)
            {
                notSlips.Add(scratch.TextOf(0).ToString());
            }
        }

        foreach (var (termId, path, runs, at, variant) in slips)
        {
            // Ids below termWords are the terms' own words; those above, slips added already.
            var known = trie.IdOf(variant);
            if ((known < 0 || known >= termWords) && !notSlips.Contains(variant))
            {
                var slipPath = (int[])path.Clone();
                slipPath[at] = trie.Intern(variant);
                AddPath(trie, termId, slipPath, runs, slip: true);
            }
        }

        var flat = trie.Finish();
        _vocabulary = new Vocabulary(flat.Vocabulary);
        _rootCount = flat.RootWords.Count;
        _rootFilter = new WordFilter(flat.RootWords);
        _nodes = flat.Nodes;
        _ends = flat.Ends;
        _edges = new EdgeTable(flat.Edges);
        _stemFilter = new WordFilter(flat.InflectableLastWords);
        _inflects = flat.InflectableLastWords.Count > 0;
    }

    /// <summary>The vocabulary id of <paramref name="word"/> (folded and squeezed, as tokens are keyed), or -1 when no term has it.</summary>
    public int WordId(ReadOnlySpan<char> word) => _vocabulary.IdOf(word);

    /// <summary>The compiled terms, by id.</summary>
    public IReadOnlyList<Term> Terms => _terms;

    /// <summary>Appends every hit in <paramref name="text"/> to <paramref name="hits"/>, in token order.</summary>
    public void Match(NormalizedText text, List<Hit> hits)
    {
        var start = hits.Count;
        var count = text.TokenCount;
        // Not stackalloc'd: a method that allocates on the stack skips tiering, and with it profile-guided
        // optimisation, which cost the small-lexicon matcher 15%.
        var words = new PostWords(this, text, text.LookupBuffer(PostWords.ScratchLength(count)));
        var spacedRunEnd = -1;
        for (var i = 0; i < count; i++)
        {
            ref readonly var token = ref text[i];
            if ((token.Flags & TokenFlags.Masked) != 0)
            {
                MatchMasked(text, i, hits);
                continue;
            }

            if (token.NormLength == 1 && i > spacedRunEnd)
            {
                spacedRunEnd = MatchSpacedLetters(text, i, hits);
            }

            if (RootNodeOf(words.IdOf(i)) is >= 0 and var node)
            {
                Walk(text, node, i, i, words, hits);
            }

            foreach (var stem in words.StemsOf(i))
            {
                if (RootNodeOf(stem) is >= 0 and var stemNode)
                {
                    AddInflected(text, stemNode, i, i, hits);
                }
            }
        }

        if (_allowLexicon >= 0 && hits.Count > start)
        {
            ApplyAllowList(hits, start);
        }
    }

    private void Walk(NormalizedText text, int node, int first, int current, in PostWords words, List<Hit> hits)
    {
        while (true)
        {
            ref readonly var trieNode = ref _nodes[node];
            foreach (ref readonly var end in _ends.AsSpan(trieNode.FirstEnd, trieNode.EndCount))
            {
                if (RunsSatisfy(text, first, current, end, end.ExactRuns))
                {
                    hits.Add(new Hit(end.TermId, first, current, end.LexiconId, end.Slip));
                }
            }

            var next = current + 1;
            if (!trieNode.HasChildren || next >= text.TokenCount || text[next].Sentence != text[first].Sentence)
            {
                return;
            }

            foreach (var stem in words.StemsOf(next))
            {
                if (_edges.Find(node, stem) is >= 0 and var stemNode)
                {
                    AddInflected(text, stemNode, first, next, hits);
                }
            }

            if (WordIdOf(text, words, next) is not (>= 0 and var id) || _edges.Find(node, id) is not (>= 0 and var child))
            {
                return;
            }

            node = child;
            current = next;
        }
    }

    /// <summary>The node a word leads to from the root (its id, for a word that starts a term), or -1.</summary>
    private int RootNodeOf(int wordId) => (uint)wordId < (uint)_rootCount ? wordId : -1;

    /// <summary>The id of token <paramref name="index"/>'s word, looked up now if it could not start a term.</summary>
    private int WordIdOf(NormalizedText text, in PostWords words, int index)
    {
        var id = words.IdOf(index);
        return id == PostWords.NotLookedUp ? _vocabulary.IdOf(text.TextOf(index), WordFilter.Spread(words.StateOf(index))) : id;
    }

    /// <summary>The hits of the inflectable terms ending at <paramref name="node"/>, reached by the stem of token <paramref name="last"/>.</summary>
    private void AddInflected(NormalizedText text, int node, int first, int last, List<Hit> hits)
    {
        ref readonly var trieNode = ref _nodes[node];
        foreach (ref readonly var end in _ends.AsSpan(trieNode.FirstEnd, trieNode.EndCount))
        {
            // A stem the list spells in leet ("f@k") is a disguise, and so is the word it ends: "f@king", not "faking".
            if (end.Inflect && (!end.DisguisedStem || (text[last].Flags & TokenFlags.Leet) != 0) && RunsSatisfy(text, first, last, end, exact: false))
            {
                hits.Add(new Hit(end.TermId, first, last, end.LexiconId, end.Slip));
            }
        }
    }

    /// <summary>Joins runs of single letters ("f u c k", "f.u.c.k") and looks the longest joined words up.</summary>
    /// <returns>The last token of the run of single letters starting at <paramref name="first"/>.</returns>
    private int MatchSpacedLetters(NormalizedText text, int first, List<Hit> hits)
    {
        var last = first;
        while (last + 1 < text.TokenCount && last - first < MaxSpacedRun && IsSpacedNeighbour(text, last, last + 1))
        {
            last++;
        }

        if (last - first < 2)
        {
            return last;
        }

        Span<char> joined = stackalloc char[MaxSpacedRun + 1];
        Span<byte> runs = stackalloc byte[MaxSpacedRun + 1];
        var s = first;
        while (s <= last - 2)
        {
            var matchedTo = -1;
            for (var e = last; e >= s + 2 && matchedTo < 0; e--)
            {
                var length = 0;
                for (var k = s; k <= e; k++)
                {
                    var c = Tokenizer.DigitAsLetter(text.TextOf(k)[0]); // a lone spaced digit is leetspeak ("5 h 1 t")
                    var r = text.RunsOf(k)[0];
                    if (length > 0 && joined[length - 1] == c)
                    {
                        runs[length - 1] = (byte)Math.Min(byte.MaxValue, runs[length - 1] + r);
                    }
                    else
                    {
                        joined[length] = c;
                        runs[length] = r;
                        length++;
                    }
                }

                if (RootNodeOf(_vocabulary.IdOf(joined[..length])) is >= 0 and var node)
                {
                    ref readonly var trieNode = ref _nodes[node];
                    foreach (ref readonly var end in _ends.AsSpan(trieNode.FirstEnd, trieNode.EndCount))
                    {
                        if (end.Runs.Length == 1 && RunsAtLeast(runs[..length], end.Runs[0]))
                        {
                            hits.Add(new Hit(end.TermId, s, e, end.LexiconId, Disguised: e > s));
                            matchedTo = e;
                        }
                    }
                }
            }

            s = matchedTo >= 0 ? matchedTo + 1 : s + 1;
        }

        return last;
    }

    private static bool IsSpacedNeighbour(NormalizedText text, int a, int b)
    {
        ref readonly var left = ref text[a];
        ref readonly var right = ref text[b];
        return right.NormLength == 1
            && right.Sentence == left.Sentence
            && right.OriginalStart - left.OriginalEnd <= 3;
    }

    private void MatchMasked(NormalizedText text, int index, List<Hit> hits)
    {
        // Expand squeezed letters back to their written length so "f**k" lines up with "fuck".
        var word = text.TextOf(index);
        var runs = text.RunsOf(index);
        Span<char> expanded = stackalloc char[33];
        var length = 0;
        var known = 0;
        for (var k = 0; k < word.Length; k++)
        {
            for (var r = 0; r < runs[k]; r++)
            {
                if (length == expanded.Length)
                {
                    return;
                }

                expanded[length++] = word[k];
                known += word[k] == '*' ? 0 : 1;
            }
        }

        if (known < 2 || expanded[0] == '*' || length >= MaxMaskedLength || !_maskCandidates.TryGetValue(MaskKey(length, expanded[0]), out var candidates))
        {
            return;
        }

        var written = expanded[..length];
        foreach (var (letters, termId) in candidates)
        {
            if (MatchesMask(written, letters))
            {
                hits.Add(new Hit(termId, index, index, _terms[termId].LexiconId, Disguised: true));
                return;
            }
        }
    }

    private static int MaskKey(int length, char first) => (length << 16) | first;

    private static bool MatchesMask(ReadOnlySpan<char> written, string letters)
    {
        for (var k = 0; k < written.Length; k++)
        {
            if (written[k] != '*' && written[k] != letters[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool RunsSatisfy(NormalizedText text, int first, int last, in End end, bool exact)
    {
        if (end.Words != last - first + 1)
        {
            return false;
        }

        // Every letter of a text runs at least once: a term without a repeated letter is satisfied by any runs (and
        // its run arrays are not read, which saves chasing three references on most hits).
        if (end.Plain && !exact)
        {
            return true;
        }

        var required = end.Runs;
        for (var k = 0; k < required.Length; k++)
        {
            var actual = text.RunsOf(first + k);
            if (exact ? !actual.SequenceEqual(required[k]) : !RunsAtLeast(actual, required[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool RunsAtLeast(ReadOnlySpan<byte> actual, byte[] required)
    {
        // An inflected match compares only the stem's letters.
        var n = Math.Min(actual.Length, required.Length);
        for (var k = 0; k < n; k++)
        {
            if (actual[k] < required[k])
            {
                return false;
            }
        }

        return true;
    }

    private void ApplyAllowList(List<Hit> hits, int start)
    {
        var hasAllow = false;
        for (var k = start; k < hits.Count && !hasAllow; k++)
        {
            hasAllow = hits[k].LexiconId == _allowLexicon;
        }

        if (hasAllow)
        {
            RemoveAllowed(hits, start);
        }
    }

    /// <summary>Removes, in place and in order, every hit that overlaps an allow-list hit found since <paramref name="start"/> (those included).</summary>
    private void RemoveAllowed(List<Hit> hits, int start)
    {
        var all = CollectionsMarshal.AsSpan(hits);
        var allowCount = 0;
        foreach (var hit in all[start..])
        {
            allowCount += hit.LexiconId == _allowLexicon ? 1 : 0;
        }

        // Allow-list hits are few; a long post with many borrows from the pool rather than allocating.
        Hit[]? rented = null;
        var allowed = allowCount <= 32 ? stackalloc Hit[32] : (rented = ArrayPool<Hit>.Shared.Rent(allowCount));
        var n = 0;
        foreach (var hit in all[start..])
        {
            if (hit.LexiconId == _allowLexicon)
            {
                allowed[n++] = hit;
            }
        }

        var write = 0;
        foreach (var hit in all)
        {
            if (!OverlapsAny(hit, allowed[..n]))
            {
                all[write++] = hit;
            }
        }

        hits.RemoveRange(write, hits.Count - write);
        if (rented is not null)
        {
            ArrayPool<Hit>.Shared.Return(rented);
        }
    }

    private static bool OverlapsAny(Hit hit, ReadOnlySpan<Hit> allowed)
    {
        foreach (var a in allowed)
        {
            if (a.FirstToken <= hit.LastToken && hit.FirstToken <= a.LastToken)
            {
                return true;
            }
        }

        return false;
    }

    private void Add(TrieBuilder trie, NormalizedText scratch, TextSpeak textSpeak, int id, HashSet<string> notSlips, List<(int, int[], byte[][], int, string)> slips)
    {
        var term = _terms[id];
        scratch.Load(term.Phrase);
        var count = scratch.TokenCount;
        if (count == 0)
        {
            return;
        }

        for (var k = 0; k < count; k++)
        {
            if ((scratch[k].Flags & TokenFlags.Masked) != 0)
            {
                // Not indexed; its words before the masked one still keep slips away.
                for (var j = 0; j < k; j++)
                {
                    notSlips.Add(scratch.TextOf(j).ToString());
                }

                return;
            }
        }

        if (ReadsAsAFragment(term.Phrase, scratch))
        {
            return;
        }

        var path = new int[count];
        var runs = new byte[count][];
        for (var k = 0; k < count; k++)
        {
            path[k] = trie.Intern(scratch.TextOf(k));
            runs[k] = RunsOf(scratch.RunsOf(k));
        }

        var disguisedStem = (scratch[count - 1].Flags & TokenFlags.Leet) != 0;
        AddPath(trie, id, path, runs, disguisedStem: disguisedStem);
        if (term.TextSpeak && textSpeak.MayRespell(scratch))
        {
            AddRespellings(trie, textSpeak, id, path, runs, disguisedStem);
        }

        if (count == 1)
        {
            AddMaskCandidate(WrittenOf(trie, scratch, path, runs, 0), id);
        }

        if (term.Typos)
        {
            for (var k = 0; k < count; k++)
            {
                // A slip's letters differ from the term's, so its repeated letters are not checked (no runs required).
                byte[][]? slipRuns = null;
                foreach (var variant in TypoVariants.Of(WrittenOf(trie, scratch, path, runs, k)))
                {
                    slipRuns ??= [.. runs.Select((r, j) => j == k ? [] : r)];
                    slips.Add((id, path, slipRuns, k, variant));
                }
            }
        }
    }

    /// <summary>
    /// Adds the term's text-speak spellings ("why r u even alive"). The term's endings and its last word's leet flag
    /// carry over only to a respelling that keeps that last word as written.
    /// </summary>
    private void AddRespellings(TrieBuilder trie, TextSpeak textSpeak, int id, int[] path, byte[][] runs, bool disguisedStem)
    {
        var keys = new string[path.Length];
        for (var k = 0; k < path.Length; k++)
        {
            keys[k] = trie.WordOf(path[k]);
        }

        foreach (var respelling in textSpeak.Respell(keys, runs))
        {
            var respeltPath = new int[respelling.Length];
            var respeltRuns = new byte[respelling.Length][];
            for (var k = 0; k < respelling.Length; k++)
            {
                // A kept word keeps the term's id and runs array; only a respelt word is interned and its runs stored.
                var source = respelling[k].Source;
                respeltPath[k] = source >= 0 ? path[source] : trie.Intern(respelling[k].Key);
                respeltRuns[k] = source >= 0 ? runs[source] : RunsOf(respelling[k].Runs);
            }

            // A respelt last word takes no ending: "shaggin" + "ess" is "shagginess".
            var keepsLast = respelling[^1].Source == path.Length - 1;
            AddPath(trie, id, respeltPath, respeltRuns, disguisedStem: disguisedStem && keepsLast, inflect: keepsLast);
        }
    }

    /// <summary>Ends term <paramref name="id"/> at the end of <paramref name="path"/>, whose words require <paramref name="runs"/>; <paramref name="slip"/> for a slip's path; <paramref name="inflect"/> false when its last word takes none of the term's endings.</summary>
    private void AddPath(TrieBuilder trie, int id, int[] path, byte[][] runs, bool slip = false, bool disguisedStem = false, bool inflect = true)
    {
        var term = _terms[id];
        trie.AddPath(path, new End(id, term.LexiconId, runs, term.ExactRuns, term.Inflect && inflect, Array.TrueForAll(runs, IsPlain), slip, disguisedStem));
    }

    // Runs of words with no repeated letter, by length: most words of a lexicon are these, and share one array.
    private static readonly byte[][] Ones = [.. Enumerable.Range(0, 48).Select(length => Enumerable.Repeat((byte)1, length).ToArray())];

    private static byte[] RunsOf(ReadOnlySpan<byte> runs) =>
        runs.Length < Ones.Length && !runs.ContainsAnyExcept((byte)1) ? Ones[runs.Length] : runs.ToArray();

    private static bool IsPlain(byte[] runs) => !runs.AsSpan().ContainsAnyExceptInRange((byte)0, (byte)1);

    /// <summary>Word <paramref name="k"/>'s letters repeated as written; a word with no repeated letter is written as it is keyed.</summary>
    private static string WrittenOf(TrieBuilder trie, NormalizedText scratch, int[] path, byte[][] runs, int k) =>
        runs[k].Length < Ones.Length && ReferenceEquals(runs[k], Ones[runs[k].Length]) ? trie.WordOf(path[k]) : scratch.WrittenOf(k);

    /// <summary>
    /// Whether a word of the term ends where the tokenizer dropped a symbol the list meant as a letter, leaving a
    /// fragment of three letters or fewer: a symbol ending a word is punctuation, so "sh!+" reads as "sh", "shi+" as
    /// "shi" and "twa+" as "twa". Indexed, they reported "Sh! The exam has started" and the Scots "we twa" as swearing.
    /// A longer fragment ("nigg@" reads as "nigg") still names its word and is kept.
    /// </summary>
    private static bool ReadsAsAFragment(string phrase, NormalizedText scratch)
    {
        for (var k = 0; k < scratch.TokenCount; k++)
        {
            var end = scratch[k].OriginalEnd;
            var after = end;
            while (after < phrase.Length && phrase[after] is '!' or '@' or '$' or '+' or '\u20AC')
            {
                after++;
            }

            if (after > end && (after == phrase.Length || phrase[after] == ' ')
                && (scratch[k].Flags & TokenFlags.Leet) == 0 && scratch.TextOf(k).Length <= 3)
            {
                return true;
            }
        }

        return false;
    }

    private void AddMaskCandidate(string letters, int id)
    {
        if (letters.Length is > 0 and < MaxMaskedLength)
        {
            var key = MaskKey(letters.Length, letters[0]);
            if (!_maskCandidates.TryGetValue(key, out var candidates))
            {
                _maskCandidates[key] = candidates = [];
            }

            candidates.Add((letters, id));
        }
    }

    /// <summary>
    /// A term ending at a node, with the runs its words require and its flags (read here, not from the term, on the
    /// hot path); <paramref name="Plain"/> when no required run is longer than one (most terms);
    /// <paramref name="DisguisedStem"/> when the term's last word is written in leet ("f@k"), whose inflected forms are
    /// matched only in a word disguised too.
    /// </summary>
    internal readonly record struct End(int TermId, int LexiconId, byte[][] Runs, bool ExactRuns, bool Inflect, bool Plain, bool Slip = false, bool DisguisedStem = false)
    {
        /// <summary>The number of words of the path that reaches the end.</summary>
        public int Words { get; } = Runs.Length;
    }

    /// <summary>A node of the flattened trie: where its ends are in the matcher's array, and whether any path goes on.</summary>
    internal readonly record struct TrieNode(int FirstEnd, int EndCount, bool HasChildren);

    /// <summary>
    /// The vocabulary ids of a post's words and of their stems (the word less each ending it may be inflected with,
    /// longest ending first; only stems that are words of some term), looked up once per post.
    /// </summary>
    private readonly ref struct PostWords
    {
        private readonly Span<int> _ids;
        private readonly Span<int> _stemStarts;
        private readonly Span<int> _stems;

        // Each word's hash state, for a word looked up later (see NotLookedUp) without hashing it again.
        private readonly Span<uint> _states;

        /// <summary>Looks up every word of <paramref name="text"/>; <paramref name="scratch"/> holds at least <see cref="ScratchLength"/> ints.</summary>
        public PostWords(PhraseMatcher matcher, NormalizedText text, Span<int> scratch)
        {
            var count = text.TokenCount;
            _ids = scratch[..count];
            _stemStarts = scratch.Slice(count, count + 1);
            _stems = scratch.Slice(2 * count + 1, count * MaxStems);
            var stemStates = MemoryMarshal.Cast<int, uint>(scratch.Slice((MaxStems + 2) * count + 1, MaxStems + 1));
            _states = MemoryMarshal.Cast<int, uint>(scratch.Slice((MaxStems + 2) * (count + 1), count));
            var vocabulary = matcher._vocabulary;
            var stemFilter = matcher._stemFilter;
            var rootFilter = matcher._rootFilter;
            var inflects = matcher._inflects;
            var stems = 0;
            for (var i = 0; i < count; i++)
            {
                var word = text.TextOf(i);

                // An inflected word keeps a stem of three letters or more; the hash state of the stem without ending
                // k (1 to endings) is met on the way to the word's own.
                var endings = inflects && word.Length > 3 && EndsLikeAnEnding(word[^1]) ? Math.Min(MaxStems, word.Length - 3) : 0;
                var state = WordFilter.Basis;
                var stemmed = word.Length - endings;
                for (var k = 0; k < stemmed; k++)
                {
                    state = WordFilter.Fold(state, word[k]);
                }

                for (var k = stemmed; k < word.Length; k++)
                {
                    stemStates[word.Length - k] = state;
                    state = WordFilter.Fold(state, word[k]);
                }

                _states[i] = state;
                var hash = WordFilter.Spread(state);
                _ids[i] = rootFilter.MayContain(hash) ? vocabulary.Find(word, hash) : NotLookedUp;
                _stemStarts[i] = stems;
                for (var length = endings; length > 0; length--)
                {
                    var stemHash = WordFilter.Spread(stemStates[length]);
                    // The filter first: it rules out most stems with one read of a table in cache, before the ending is compared.
                    if (stemFilter.MayContain(stemHash) && IsEnding(word[^length..]) && vocabulary.Find(word[..^length], stemHash) is >= 0 and var stem)
                    {
                        _stems[stems++] = stem;
                    }
                }
            }

            _stemStarts[count] = stems;
        }

        /// <summary>Whether <paramref name="suffix"/> is one of the (squeezed) endings accepted after an inflectable term.</summary>
        private static bool IsEnding(ReadOnlySpan<char> suffix) => suffix is
            "heads" or "faces" or "holes" or "head" or "face" or "hole" or "ings" or "wits" or "ers" or "ing" or "ies" or "wit"
            or "er" or "ed" or "es" or "in" or "ie" or "s" or "y";

        /// <summary>Whether <paramref name="last"/> is the last letter of some ending: rules most words out at once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool EndsLikeAnEnding(char last) => last is 'd' or 'e' or 'g' or 'n' or 'r' or 's' or 't' or 'y';

        /// <summary>The ints the lookups of <paramref name="count"/> words need.</summary>
        public static int ScratchLength(int count) => (MaxStems + 3) * count + MaxStems + 2;

        /// <summary>The id of a word that starts no term and was not looked up (see <see cref="WordIdOf"/>).</summary>
        public const int NotLookedUp = -2;

        /// <summary>The id of token <paramref name="index"/>'s word, -1 when no term has it, or <see cref="NotLookedUp"/>.</summary>
        public int IdOf(int index) => _ids[index];

        /// <summary>The <see cref="WordFilter"/> hash state of token <paramref name="index"/>'s word.</summary>
        public uint StateOf(int index) => _states[index];

        /// <summary>The ids of token <paramref name="index"/>'s stems that are words of some term.</summary>
        public ReadOnlySpan<int> StemsOf(int index) => _stems[_stemStarts[index].._stemStarts[index + 1]];
    }
}
