using System.Diagnostics;
using BBConduct.Benchmarks.Baselines;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Commands;

/// <summary>
/// <c>check-baselines</c>: counts what each lexicon matcher finds in the scaling corpus, so a baseline that is fast
/// because it finds nothing (a broken expression, say) shows up before anyone reads its timings.
/// </summary>
internal static class CheckBaselinesCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var posts = PostCorpus.Build(PostCorpus.Medium, options.GetInt("posts", 128), PostKind.Mixed, seed: 2);
        if (options.Get("show") is { } show)
        {
            Show(posts, Lexicons.Terms(int.Parse(show, System.Globalization.CultureInfo.InvariantCulture)));
            return 0;
        }

        foreach (var size in new[] { 100, 1_000, 10_000 })
        {
            var terms = Lexicons.Terms(size);
            var matchers = new (string Name, Func<string, int> Count)[]
            {
                ("PhraseMatcher", new PhraseMatcherRunner(terms).Count),
                ("Contains_loop", new ContainsLoopMatcher(terms).Count),
                ("Regex_alternation", new RegexAlternationMatcher(terms).Count),
                ("SearchValues_whole_word", new SearchValuesMatcher(terms).Count),
                ("RulesEngine", new RulesEngineMatcher(terms).Count),
            };
            foreach (var (name, count) in matchers)
            {
                var watch = Stopwatch.StartNew();
                var found = 0;
                var postsWithHits = 0;
                foreach (var post in posts)
                {
                    var n = count(post);
                    found += n;
                    postsWithHits += n > 0 ? 1 : 0;
                }

                Console.WriteLine($"{size,6} terms  {name,-24} {found,6} hits in {postsWithHits,4}/{posts.Length} posts  ({watch.Elapsed.TotalMilliseconds:F1} ms, first pass, untimed)");
            }
        }

        return 0;
    }

    private static void Show(string[] posts, string[] terms)
    {
        var matcher = new BBConduct.Rules.Matching.PhraseMatcher([.. terms.Select(t => new BBConduct.Rules.Matching.Term(t, 0))], -1);
        var text = new BBConduct.Rules.Text.NormalizedText();
        var hits = new List<BBConduct.Rules.Matching.Hit>();
        var byTerm = new Dictionary<string, int>();
        foreach (var post in posts)
        {
            text.Load(post);
            matcher.Match(text, hits);
            foreach (var hit in hits)
            {
                var key = terms[hit.TermId];
                byTerm[key] = byTerm.GetValueOrDefault(key) + 1;
            }

            hits.Clear();
        }

        foreach (var (term, n) in byTerm.OrderByDescending(p => p.Value).Take(15))
        {
            Console.WriteLine($"{n,5}  {term}");
        }
    }
}
