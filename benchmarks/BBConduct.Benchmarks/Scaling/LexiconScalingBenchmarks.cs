using BenchmarkDotNet.Attributes;
using BBConduct.Benchmarks.Baselines;
using BBConduct.Benchmarks.Corpus;
using BBConduct.Benchmarks.Infrastructure;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;

namespace BBConduct.Benchmarks.Scaling;

/// <summary>
/// The same lexicon of 100, 1,000 or 10,000 terms found by the project's matcher, by the whole screener (the
/// embedded policy with its <c>profanity</c> lexicon replaced by these terms) and by the usual alternatives,
/// over the same 128 posts of 200 characters. One operation is one post; Ratio is against the project's matcher.
/// </summary>
[MemoryDiagnoser]
[PostLength(PostCorpus.Medium)]
[BenchmarkCategory("scaling", "lexicon")]
public class LexiconScalingBenchmarks
{
    private const int Posts = 128;
    private string[] _posts = [];
    private PhraseMatcherRunner _phraseMatcher = null!;
    private ConductScreener _screener = null!;
    private ContainsLoopMatcher _contains = null!;
    private RegexAlternationMatcher _regex = null!;
    private SearchValuesMatcher _searchValues = null!;
    private RulesEngineMatcher _rulesEngine = null!;

    [Params(100, 1_000, 10_000)]
    public int Terms { get; set; }

    // One setup per method, so each process warms only the method it measures (two seconds each, as the engine
    // benchmarks do: TieredWarmUp) without adding the other five methods' warm-up to every one of the 18 processes.
    [GlobalSetup(Target = nameof(PhraseMatcher))]
    public void SetupPhraseMatcher() => SetupAndWarm(() => PhraseMatcher());

    [GlobalSetup(Target = nameof(Screener_all_rules))]
    public void SetupScreener() => SetupAndWarm(() => Screener_all_rules());

    [GlobalSetup(Target = nameof(Contains_loop))]
    public void SetupContains() => SetupAndWarm(() => Contains_loop());

    [GlobalSetup(Target = nameof(Regex_alternation))]
    public void SetupRegex() => SetupAndWarm(() => Regex_alternation());

    [GlobalSetup(Target = nameof(SearchValues_whole_word))]
    public void SetupSearchValues() => SetupAndWarm(() => SearchValues_whole_word());

    [GlobalSetup(Target = nameof(RulesEngine))]
    public void SetupRulesEngine() => SetupAndWarm(() => RulesEngine());

    private void SetupAndWarm(Func<int> benchmark)
    {
        Setup();
        TieredWarmUp.Run(() => benchmark());
    }

    private void Setup()
    {
        var terms = Lexicons.Terms(Terms);
        _posts = PostCorpus.Build(PostCorpus.Medium, Posts, PostKind.Mixed, seed: 2);
        _phraseMatcher = new PhraseMatcherRunner(terms);
        using var policy = new MemoryStream(Lexicons.PolicyJson(terms));
        _screener = ConductScreener.CreateBuilder().WithPolicy(ConductPolicy.Load(policy, "benchmark-policy.json")).Build();
        _contains = new ContainsLoopMatcher(terms);
        _regex = new RegexAlternationMatcher(terms);
        _searchValues = new SearchValuesMatcher(terms);
        _rulesEngine = new RulesEngineMatcher(terms);
    }

    [GlobalCleanup]
    public void Cleanup() => _screener.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public int PhraseMatcher()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _phraseMatcher.Count(post);
        }

        return found;
    }

    /// <summary>Every rule of the policy, not just this lexicon: the price of the whole engine at this lexicon size.</summary>
    [Benchmark(OperationsPerInvoke = Posts)]
    public int Screener_all_rules()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _screener.Screen(post).Findings.Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Contains_loop()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _contains.Count(post);
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int Regex_alternation()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _regex.Count(post);
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int SearchValues_whole_word()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _searchValues.Count(post);
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int RulesEngine()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _rulesEngine.Count(post);
        }

        return found;
    }
}
