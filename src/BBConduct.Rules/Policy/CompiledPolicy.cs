using BBConduct.Rules.Matching;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Policy;

/// <summary>A policy with its registries compiled into one matcher; built once by the screener builder.</summary>
internal sealed class CompiledPolicy
{
    /// <summary>The lexicon of hits that cancel overlapping hits (place names, idioms).</summary>
    public const string AllowLexicon = "allow";

    /// <summary>The synthetic lexicon of people-registry names and aliases; a hit's payload is the person's index.</summary>
    public const string PeopleLexicon = "registry.people";

    public CompiledPolicy(ConductPolicy policy, PeopleRegistry people)
    {
        Policy = policy;
        People = people;
        var terms = new List<Term>();
        foreach (var (name, definition) in policy.Lexicons.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (name is GlueSplitter.GroupsLexicon or GlueSplitter.WholeWordsLexicon)
            {
                // Read by the glue splitter, not matched.
                continue;
            }

            var id = Lexicons.Add(name, definition);
            foreach (var phrase in definition.Terms)
            {
                // "=term" opts one term out of its lexicon's inflected endings, typos and text-speak ("=prick" must not
                // match "pricked").
                var exact = phrase.StartsWith('=');
                terms.Add(new Term(exact ? phrase[1..] : phrase, id, 0, definition.Inflect && !exact, ExactRuns: name == AllowLexicon, Typos: definition.Typos && !exact, TextSpeak: !exact));
            }
        }

        var peopleId = Lexicons.Add(PeopleLexicon, new LexiconDefinition([], Inflect: false));
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var phrase in people[i].Names)
            {
                terms.Add(new Term(phrase, peopleId, i, Inflect: false));
            }
        }

        PeopleLexiconId = peopleId;
        var typoExceptions = policy.Lexicons.Values.Where(l => l.Typos).SelectMany(l => l.TypoExceptions);
        Matcher = new PhraseMatcher(terms, Lexicons.TryGetId(AllowLexicon, out var allow) ? allow : -1, typoExceptions);
        if (policy.Lexicons.TryGetValue(GlueSplitter.GroupsLexicon, out var groups))
        {
            Glue = new GlueSplitter(groups.Terms, policy.Lexicons.GetValueOrDefault(GlueSplitter.WholeWordsLexicon)?.Terms ?? [], Matcher);
        }
    }

    /// <summary>Reads apart a group run into the word beside it, or <see langword="null"/> when the policy names no groups.</summary>
    public GlueSplitter? Glue { get; }

    public ConductPolicy Policy { get; }

    public PeopleRegistry People { get; }

    public LexiconIndex Lexicons { get; } = new();

    public int PeopleLexiconId { get; }

    public PhraseMatcher Matcher { get; }

    // The per-post memo slot of each shared detector name (Detect.Shared), handed out as rules are bound: at build
    // time, and lazily by rules that bind a detector on first use, hence the lock.
    private readonly Dictionary<string, int> _sharedSlots = new(StringComparer.Ordinal);

    /// <summary>
    /// The slot in which a <see cref="ScreeningContext"/> keeps, for one post, the signals of the shared detector named
    /// <paramref name="name"/>: the same for every detector of that name bound to this policy.
    /// </summary>
    public int SharedSlot(string name)
    {
        lock (_sharedSlots)
        {
            if (!_sharedSlots.TryGetValue(name, out var slot))
            {
                slot = _sharedSlots.Count;
                _sharedSlots.Add(name, slot);
            }

            return slot;
        }
    }
}
