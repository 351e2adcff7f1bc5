using System.IO.Compression;
using System.Text;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Matching;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Tests.Matching;

/// <summary>One-letter slips of slurs, identity terms and swearing ("mulsims", "fukcing") are disguises too.</summary>
public sealed class TypoTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    [Theory]
    [InlineData("what a fukcing mess", Category.Profanity, "fukcing")]
    [InlineData("shut up you btich", Category.Profanity, "btich")]
    [InlineData("what a fuckng joke", Category.Profanity, "fuckng")]
    [InlineData("I hate mulsims", Category.EqualityOffence, "mulsims")]
    [InlineData("I hate womne", Category.EqualityOffence, "womne")]
    [InlineData("stop being such a retrad", Category.EqualityOffence, "retrad")]
    [InlineData("honestly I haet muslims", Category.EqualityOffence, "haet")]
    [InlineData("imigrants are worthles", Category.EqualityOffence, "imigrants are worthles")]
    public void A_slip_of_a_long_word_is_found_with_its_own_span(string text, Category category, string word)
    {
        var result = Screener.Screen(text);

        var finding = Assert.Single(result.Findings, f => f.Category == category);
        Assert.Contains(word, finding.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("She wore her new coat to the prom")] // wore: whore with the h dropped
    [InlineData("Go back to the start of the chapter and black out the answers")] // back: black
    [InlineData("The blind spot on the minibus mirror")] // bind: blind
    [InlineData("Niger is a country in West Africa")] // a slip of the spelling, never of the slur
    [InlineData("Beats me why the bus was late")] // beats: beast
    [InlineData("The mountain refuges were full by six")] // refuges: refugees with one e
    [InlineData("It cost him a hundred nicker")] // slang a slip must not become
    [InlineData("I hated the film but loved the book")] // but: butt with one t
    public void Real_words_one_slip_from_a_term_are_not_flagged(string text)
    {
        Assert.Empty(Screener.Screen(text).Findings);
    }

    [Fact]
    public void Slips_keep_the_first_letter_and_skip_short_words()
    {
        var slips = TypoVariants.Of("women").ToList();

        Assert.Contains("wmen", slips);
        Assert.Contains("womne", slips);
        Assert.DoesNotContain("omen", slips);
        Assert.Empty(TypoVariants.Of("gay"));
        Assert.Empty(TypoVariants.Of("sh1t3"));
    }

    [Fact]
    public void Four_letter_words_get_swaps_only_since_a_dropped_letter_leaves_too_short_a_word() =>
        Assert.Equal(["gasy", "gyas"], TypoVariants.Of("gays").Order(StringComparer.Ordinal));

    [Fact]
    public void A_name_missing_from_the_word_list_is_still_never_read_as_a_slip()
    {
        // "cnut" is a slip of a swear word and the name of a king; the policy builder lists it as an exception.
        using var screener = BBConduct.Rules.Screening.ConductScreener.CreateDefault();

        Assert.Empty(screener.Screen("In history we learned how King Cnut tried to hold back the tide.").Findings);
    }

    [Fact]
    public void A_lexicon_without_typos_and_an_exact_term_match_only_as_written()
    {
        var matcher = new PhraseMatcher(
            [new Term("muslims", 0, Typos: false), new Term("whores", 1, Typos: true), new Term("bitches", 2, Typos: false)],
            allowLexicon: -1);

        Assert.Empty(Hits(matcher, "mulsims"));
        Assert.Equal([1], Hits(matcher, "whroes"));
        Assert.Empty(Hits(matcher, "bithces"));
    }

    [Fact]
    public void A_listed_exception_and_a_word_of_another_term_are_never_slips()
    {
        var terms = new[] { new Term("whore", 0, Typos: true), new Term("blacks", 0, Typos: true), new Term("backs", 1) };

        Assert.Equal([0], Hits(new PhraseMatcher(terms, -1), "wore"));
        Assert.Empty(Hits(new PhraseMatcher(terms, -1, typoExceptions: ["wore"]), "wore"));
        Assert.Equal([2], Hits(new PhraseMatcher(terms, -1), "backs"));
    }

    [Fact]
    public void Typos_are_read_from_a_policy_file_and_bounded()
    {
        var policy = ConductPolicy.Load(Utf8("{ \"extends\": \"default\", \"lexicons\": { \"profanity\": { \"typos\": false } } }"), "school.json");
        Assert.False(policy.Lexicons["profanity"].Typos);
        Assert.True(policy.Lexicons["insult"].Typos);

        var terms = string.Join(",", Enumerable.Range(0, ConductPolicy.MaxTypoTerms + 1).Select(i => $"\"w{i}\""));
        var ex = Assert.Throws<PolicyException>(() => ConductPolicy.Load(Utf8($"{{ \"extends\": \"default\", \"lexicons\": {{ \"big\": {{ \"typos\": true, \"terms\": [{terms}] }} }} }}"), "big.json"));
        Assert.Contains("typos", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_of_long_many_word_typo_phrases_is_refused_before_the_matcher_is_built()
    {
        // 5,000 phrases of nine 19-letter words: within the term limits, but ~3 million slip paths through the trie.
        var word = new string('q', 9) + "abcdefghij";
        var phrase = string.Join(' ', Enumerable.Repeat(word, 9));
        var terms = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"{phrase} {i}\""));
        var json = $"{{ \"extends\": \"default\", \"lexicons\": {{ \"long\": {{ \"typos\": true, \"terms\": [{terms}] }} }} }}";

        var ex = Assert.Throws<PolicyException>(() => ConductPolicy.Load(Utf8(json), "long.json"));

        Assert.Contains("slips", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The exceptions in the embedded policy come from tools/policy/build_default_policy.py; this checks them against
    /// the same list of everyday words with the library's own slips, so the Python and the C# cannot drift apart unnoticed.
    /// </summary>
    [Fact]
    public void No_slip_in_the_default_policy_is_an_unlisted_everyday_word()
    {
        var policy = ConductPolicy.Default;
        var scratch = new NormalizedText();
        var dictionary = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(TestData.PathOf("common-words.txt.gz")), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                dictionary.Add(TypoVariants.Squeeze(line.Trim().ToLowerInvariant()));
            }
        }

        var excepted = new HashSet<string>(policy.Lexicons.Values.SelectMany(l => l.TypoExceptions).Select(TypoVariants.Squeeze), StringComparer.Ordinal);
        var unlisted = new SortedSet<string>(StringComparer.Ordinal);
        var slips = 0;
        foreach (var lexicon in policy.Lexicons.Values.Where(l => l.Typos))
        {
            foreach (var term in lexicon.Terms.Where(t => !t.StartsWith('=')))
            {
                scratch.Load(term);
                for (var k = 0; k < scratch.TokenCount; k++)
                {
                    foreach (var slip in TypoVariants.Of(scratch.WrittenOf(k)))
                    {
                        slips++;
                        if (dictionary.Contains(slip) && !excepted.Contains(slip))
                        {
                            unlisted.Add(slip);
                        }
                    }
                }
            }
        }

        Assert.True(slips > 5_000, $"only {slips} slips: are typos switched on in the default policy?");
        Assert.Empty(unlisted);
    }

    [Theory]
    [InlineData("you bitch", false)]
    [InlineData("you bitches", false)]
    [InlineData("you btich", true)]
    [InlineData("you b i t c h", true)]
    [InlineData("you b*tch", true)]
    public void A_hit_through_a_slip_spaced_letters_or_a_mask_is_marked_disguised(string text, bool disguised)
    {
        var matcher = new PhraseMatcher([new Term("bitch", 0, Inflect: true, Typos: true)], -1);

        var hits = matcher.HitsIn(text);

        Assert.Equal(disguised, Assert.Single(hits).Disguised);
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static List<int> Hits(PhraseMatcher matcher, string text) => [.. matcher.HitsIn(text).Select(h => h.TermId)];
}
