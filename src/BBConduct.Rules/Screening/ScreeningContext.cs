using BBConduct.Rules.Findings;
using BBConduct.Rules.Matching;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Screening;

/// <summary>
/// What the engine knows about the post being screened: the post, its normalised words and the lexicon
/// hits of the single matching pass. One context serves one post at a time on one thread and is reused.
/// </summary>
public sealed class ScreeningContext
{
    private readonly Stack<List<Signal>> _signalPool = new();
    private readonly NormalizedText _words = new();
    private readonly List<Hit> _hits = [];
    private readonly ulong[] _lexiconsHit;

    // The hits grouped by lexicon (stable, so each lexicon's hits keep their order), built on the first request of a
    // post: with tens of lexicons hit in a long post, a detector reads its own hits instead of walking all of them.
    private readonly int[] _lexiconStart;
    private readonly int[] _lexiconFill;
    private Hit[] _hitsByLexicon = new Hit[64];
    private bool _grouped;

    // The signals of shared detectors (Detect.Shared) worked out for the post, by slot: a slot's list holds the post's
    // signals when its stamp is the post's number, which Load moves on.
    private List<Signal>[] _shared = [];
    private int[] _sharedStamp = [];
    private int _postNumber = 1;

    internal ScreeningContext(CompiledPolicy policy)
    {
        Policy = policy;
        _lexiconsHit = NewLexiconBits(policy);
        _lexiconStart = new int[policy.Lexicons.Count + 1];
        _lexiconFill = new int[policy.Lexicons.Count];
    }

    /// <summary>The post being screened.</summary>
    public Post Post { get; private set; } = new(string.Empty);

    /// <summary>The original text of the post.</summary>
    public string Text => Post.Text;

    internal CompiledPolicy Policy { get; }

    internal NormalizedText Words => _words;

    internal List<Hit> Hits => _hits;

    /// <summary>What the rules found in the post so far, made into findings only when the merger keeps them.</summary>
    internal List<PendingFinding> PendingFindings { get; } = [];

    /// <summary>The findings so far, made, for rules other than <see cref="PolicyRule"/>s (they see and add findings).</summary>
    internal List<Finding> FindingBuffer { get; } = [];

    /// <summary>
    /// The titled names of the post (see <see cref="Rules.Detectors.TitledNameDetector"/>), kept once found: four rules
    /// look for them and every such detector finds the same, so the words are walked once per post.
    /// </summary>
    internal List<Signal> TitledNames { get; } = [];

    internal bool TitledNamesFound { get; set; }

    /// <summary>Borrows an empty signal list; give it back with <see cref="ReturnSignals"/>.</summary>
    /// <returns>An empty list.</returns>
    public List<Signal> RentSignals() => _signalPool.Count > 0 ? _signalPool.Pop() : new List<Signal>(8);

    /// <summary>Returns a list borrowed with <see cref="RentSignals"/>.</summary>
    /// <param name="list">The list.</param>
    public void ReturnSignals(List<Signal> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        list.Clear();
        _signalPool.Push(list);
    }

    /// <summary>The sentence that contains the original offset (the nearest word's sentence), 0 if there are no words.</summary>
    /// <param name="offset">A UTF-16 offset into <see cref="Text"/>.</param>
    /// <returns>The zero-based sentence number.</returns>
    public int SentenceAt(int offset)
    {
        var tokens = _words.Tokens;
        if (tokens.IsEmpty)
        {
            return 0;
        }

        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (tokens[mid].OriginalStart <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return tokens[lo].Sentence;
    }

    /// <summary>Whether the matching pass found a term of any of the named lexicons (unknown names are ignored).</summary>
    /// <param name="lexicons">Lexicon names of the policy, such as <c>counter-speech</c>.</param>
    /// <returns><see langword="true"/> when at least one hit belongs to one of them.</returns>
    public bool HasAnyHit(ReadOnlySpan<string> lexicons)
    {
        foreach (var name in lexicons)
        {
            if (Policy.Lexicons.TryGetId(name, out var id) && HasHits(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words start at or after <paramref name="from"/> and before <paramref name="to"/> (original offsets).</summary>
    /// <param name="from">The first offset, inclusive.</param>
    /// <param name="to">The last offset, exclusive.</param>
    /// <returns>The number of words in between; zero when <paramref name="to"/> is not after <paramref name="from"/>.</returns>
    public int WordsBetween(int from, int to) => to <= from ? 0 : FirstWordAtOrAfter(to) - FirstWordAtOrAfter(from);

    /// <summary>The index of the first word that starts at or after <paramref name="offset"/> (the word count when none does).</summary>
    internal int FirstWordAtOrAfter(int offset)
    {
        var tokens = _words.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].OriginalStart < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The evidence for the words <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    internal Signal SignalFor(int first, int last, string? detail = null)
    {
        ref readonly var a = ref _words[first];
        ref readonly var b = ref _words[last];
        return new Signal(a.OriginalStart, b.OriginalEnd - a.OriginalStart, a.Sentence, detail);
    }

    internal void Load(Post post)
    {
        Post = post;
        if (++_postNumber == int.MaxValue)
        {
            Array.Clear(_sharedStamp);
            _postNumber = 1;
        }

        TitledNamesFound = false;
        TitledNames.Clear();
        _words.Load(post.Text);
        Policy.Glue?.Split(_words);
        _hits.Clear();
        _grouped = false;
        Policy.Matcher.Match(_words, _hits);
        Array.Clear(_lexiconsHit);
        foreach (var hit in _hits)
        {
            SetLexiconBit(_lexiconsHit, hit.LexiconId);
        }
    }

    /// <summary>The signals the shared detector of <paramref name="slot"/> found in this post, or null when not worked out yet.</summary>
    internal List<Signal>? SharedSignals(int slot) =>
        (uint)slot < (uint)_sharedStamp.Length && _sharedStamp[slot] == _postNumber ? _shared[slot] : null;

    /// <summary>
    /// The empty list in which the shared detector of <paramref name="slot"/> is to put this post's signals; they are
    /// handed out only once <see cref="EndShared"/> says the list is complete.
    /// </summary>
    internal List<Signal> StartShared(int slot)
    {
        if (slot >= _sharedStamp.Length)
        {
            var length = Math.Max(slot + 1, 2 * _sharedStamp.Length);
            Array.Resize(ref _shared, length);
            Array.Resize(ref _sharedStamp, length);
        }

        var list = _shared[slot] ??= new List<Signal>(8);
        list.Clear();
        _sharedStamp[slot] = 0;
        return list;
    }

    /// <summary>Marks the list <see cref="StartShared"/> gave for <paramref name="slot"/> as this post's complete signals.</summary>
    internal void EndShared(int slot) => _sharedStamp[slot] = _postNumber;

    /// <summary>The hits of lexicon <paramref name="lexiconId"/>, in the order of <see cref="Hits"/>.</summary>
    internal ReadOnlySpan<Hit> HitsOf(int lexiconId)
    {
        if (!HasHits(lexiconId))
        {
            return [];
        }

        if (!_grouped)
        {
            GroupHitsByLexicon();
        }

        return _hitsByLexicon.AsSpan(_lexiconStart[lexiconId], _lexiconStart[lexiconId + 1] - _lexiconStart[lexiconId]);
    }

    /// <summary>A counting sort of the hits by lexicon id.</summary>
    private void GroupHitsByLexicon()
    {
        var starts = _lexiconStart;
        Array.Clear(starts);
        foreach (var hit in _hits)
        {
            starts[hit.LexiconId + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        if (_hitsByLexicon.Length < _hits.Count)
        {
            _hitsByLexicon = new Hit[Math.Max(_hits.Count, _hitsByLexicon.Length * 2)];
        }

        Array.Copy(starts, _lexiconFill, _lexiconFill.Length);
        foreach (var hit in _hits)
        {
            _hitsByLexicon[_lexiconFill[hit.LexiconId]++] = hit;
        }

        _grouped = true;
    }

    /// <summary>Whether any term of lexicon <paramref name="lexiconId"/> was found; lets rules whose words are absent return at once.</summary>
    internal bool HasHits(int lexiconId) => lexiconId >= 0 && (_lexiconsHit[lexiconId >> 6] & (1UL << (lexiconId & 63))) != 0;

    /// <summary>
    /// Whether any lexicon of <paramref name="lexicons"/> (a bit per lexicon id, as <see cref="LexiconMask"/> builds it)
    /// was found: one AND a 64 lexicons instead of a test a lexicon.
    /// </summary>
    internal bool HasHits(ReadOnlySpan<ulong> lexicons)
    {
        var hit = _lexiconsHit;
        var length = Math.Min(hit.Length, lexicons.Length);
        for (var i = 0; i < length; i++)
        {
            if ((hit[i] & lexicons[i]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bit per lexicon id of <paramref name="policy"/>, set for <paramref name="lexiconIds"/>: the mask <see cref="HasHits(ReadOnlySpan{ulong})"/> reads.</summary>
    internal static ulong[] LexiconMask(CompiledPolicy policy, ReadOnlySpan<int> lexiconIds)
    {
        var mask = NewLexiconBits(policy);
        foreach (var id in lexiconIds)
        {
            SetLexiconBit(mask, id);
        }

        return mask;
    }

    // The one layout of a lexicon bit set, shared by the post's hits and the detectors' masks that are tested against them.
    private static ulong[] NewLexiconBits(CompiledPolicy policy) => new ulong[(policy.Lexicons.Count + 63) / 64];

    private static void SetLexiconBit(ulong[] bits, int lexiconId) => bits[lexiconId >> 6] |= 1UL << (lexiconId & 63);

    internal void Clear()
    {
        Post = Empty;
        TitledNamesFound = false;
        TitledNames.Clear();
        TitledNames.Capacity = 0;
        _words.Trim();
        _hits.Clear();
        _grouped = false;
        if (_hits.Capacity > 4096)
        {
            _hits.Capacity = 64;
            _hitsByLexicon = new Hit[64];
        }
    }

    private static readonly Post Empty = new(string.Empty);
}
