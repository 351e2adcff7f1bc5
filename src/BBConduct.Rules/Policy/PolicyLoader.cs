using System.Text.Json;
using System.Text.RegularExpressions;
using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>Reads and validates policy JSON; every refusal names the source, line and property.</summary>
internal static class PolicyLoader
{
    private const int MaxBytes = 16 * 1024 * 1024;

    public static ConductPolicy Load(Stream stream, string source, ConductPolicy? basePolicy)
    {
        var bytes = JsonLocation.ReadAll(stream, MaxBytes, source);
        PolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(bytes, PolicyJsonContext.Default.PolicyDocument);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : 0;
            throw new PolicyException(source, line, ex.Path, Describe(ex), ex);
        }

        if (document is null)
        {
            throw new PolicyException(source, 1, "$", "the policy is empty (null).");
        }

        void Fail(string path, string problem) =>
            throw new PolicyException(source, LineOfNearest(bytes, path), path, problem);

        ConductPolicy? inherited = null;
        if (document.Extends is { } extends)
        {
            if (!string.Equals(extends, "default", StringComparison.OrdinalIgnoreCase))
            {
                Fail("$.extends", $"only \"default\" can be extended, not \"{extends}\".");
            }

            inherited = basePolicy ?? Fail<ConductPolicy>(source, "$.extends", "the default policy cannot extend itself.");
        }

        var categories = new Dictionary<Category, CategorySettings>(inherited?.Categories ?? new Dictionary<Category, CategorySettings>());
        foreach (var (category, doc) in document.Categories ?? [])
        {
            var path = $"$.categories.{category}";
            categories.TryGetValue(category, out var old);
            var severity = doc.Severity ?? old?.Severity;
            var clause = doc.Clause ?? old?.Clause;
            var escalate = doc.EscalateTo ?? old?.EscalateTo;
            var message = doc.Message ?? old?.Message;
            if (severity is null || string.IsNullOrWhiteSpace(clause) || string.IsNullOrWhiteSpace(escalate) || string.IsNullOrWhiteSpace(message))
            {
                Fail(path, "a category needs severity, clause, escalateTo and message.");
            }

            if (!Enum.IsDefined(severity!.Value))
            {
                Fail($"{path}.severity", "severity must be advise, review or block.");
            }

            categories[category] = new CategorySettings(severity.Value, clause!, escalate!, message!);
        }

        foreach (var category in Enum.GetValues<Category>())
        {
            if (!categories.ContainsKey(category))
            {
                Fail("$.categories", $"category {category} has no settings.");
            }
        }

        var rules = new Dictionary<string, RuleSettings>(inherited?.Rules ?? new Dictionary<string, RuleSettings>(), StringComparer.Ordinal);
        foreach (var (id, doc) in document.Rules ?? [])
        {
            if (doc.Severity is { } s && !Enum.IsDefined(s))
            {
                Fail($"$.rules.{id}.severity", "severity must be advise, review or block.");
            }

            rules.TryGetValue(id, out var old);
            rules[id] = new RuleSettings(doc.Enabled ?? old?.Enabled ?? true, doc.Severity ?? old?.Severity, doc.Message ?? old?.Message);
        }

        var lexicons = new Dictionary<string, LexiconDefinition>(inherited?.Lexicons ?? new Dictionary<string, LexiconDefinition>(), StringComparer.Ordinal);
        var total = 0;
        foreach (var (name, doc) in document.Lexicons ?? [])
        {
            var path = $"$.lexicons.{name}";
            if (string.IsNullOrWhiteSpace(name))
            {
                Fail("$.lexicons", "a lexicon name is empty.");
            }

            lexicons.TryGetValue(name, out var old);
            if (doc.Terms is null && old is null && doc.Add is null)
            {
                Fail(path, "a new lexicon needs \"terms\".");
            }

            var terms = new List<string>(doc.Terms ?? old?.Terms ?? []);
            ValidateTerms(doc.Terms, $"{path}.terms", Fail);
            ValidateTerms(doc.Add, $"{path}.add", Fail);
            ValidateTerms(doc.Remove, $"{path}.remove", Fail);
            terms.AddRange(doc.Add ?? []);
            if (doc.Remove is { Count: > 0 } remove)
            {
                var drop = new HashSet<string>(remove, StringComparer.OrdinalIgnoreCase);
                terms.RemoveAll(drop.Contains);
            }

            ValidateTerms(doc.TypoExceptions, $"{path}.typoExceptions", Fail);
            lexicons[name] = new LexiconDefinition(terms, doc.Inflect ?? old?.Inflect ?? false, doc.Detail ?? old?.Detail)
            {
                Typos = doc.Typos ?? old?.Typos ?? false,
                TypoExceptions = doc.TypoExceptions ?? old?.TypoExceptions ?? [],
            };
        }

        var typoTotal = 0;
        long slips = 0;
        foreach (var lexicon in lexicons.Values)
        {
            total += lexicon.Terms.Count;
            if (lexicon.Typos)
            {
                typoTotal += lexicon.Terms.Count;
                foreach (var term in lexicon.Terms)
                {
                    slips += SlipBound(term);
                }
            }
        }

        if (typoTotal > ConductPolicy.MaxTypoTerms)
        {
            Fail("$.lexicons", $"lexicons with \"typos\" hold {typoTotal} terms; the limit is {ConductPolicy.MaxTypoTerms}.");
        }

        if (slips > MaxTypoSlips)
        {
            Fail("$.lexicons", $"lexicons with \"typos\" would index up to {slips} one-letter slips; the limit is {MaxTypoSlips} (fewer, shorter or single-word typo terms).");
        }

        if (total > ConductPolicy.MaxTerms)
        {
            Fail("$.lexicons", $"the policy holds {total} terms; the limit is {ConductPolicy.MaxTerms}.");
        }

        var patterns = LoadPatterns(document.Patterns, inherited, Fail);
        var name2 = document.Name ?? inherited?.Name ?? source;
        return new ConductPolicy(name2, categories, rules, lexicons, patterns);
    }

    private static Dictionary<string, PatternDefinition> LoadPatterns(Dictionary<string, PatternDocument>? documents, ConductPolicy? inherited, Action<string, string> fail)
    {
        var patterns = new Dictionary<string, PatternDefinition>(inherited?.Patterns ?? new Dictionary<string, PatternDefinition>(), StringComparer.Ordinal);
        foreach (var (id, doc) in documents ?? [])
        {
            var path = $"$.patterns.{id}";
            if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                fail(path, "a pattern id is 1 to 100 letters, digits, '.', '-' or '_'.");
            }

            if (doc.Category is not { } category || !Enum.IsDefined(category))
            {
                fail($"{path}.category", $"a pattern needs a category: one of {string.Join(", ", Enum.GetNames<Category>())}.");
            }

            if (doc.Severity is { } s && !Enum.IsDefined(s))
            {
                fail($"{path}.severity", "severity must be advise, review or block.");
            }

            if (string.IsNullOrEmpty(doc.Pattern))
            {
                fail($"{path}.pattern", "a pattern is empty.");
            }
            else if (doc.Pattern.Length > ConductPolicy.MaxPatternLength)
            {
                fail($"{path}.pattern", $"a pattern is longer than {ConductPolicy.MaxPatternLength} characters.");
            }

            patterns[id] = new PatternDefinition(doc.Category!.Value, Compile(doc.Pattern!, $"{path}.pattern", fail), doc.Severity, doc.Message);
        }

        if (patterns.Count > ConductPolicy.MaxPatterns)
        {
            fail("$.patterns", $"the policy holds {patterns.Count} patterns; the limit is {ConductPolicy.MaxPatterns}.");
        }

        return patterns;
    }

    /// <summary>
    /// Compiles a School's pattern. NonBacktracking runs in time linear in the post, so it is used whenever it accepts
    /// the construct; backreferences, lookarounds and atomic groups need the backtracking engine. Both get a timeout.
    /// </summary>
    private static Regex Compile(string pattern, string path, Action<string, string> fail)
    {
        const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            return new Regex(pattern, Options | RegexOptions.NonBacktracking, ConductPolicy.PatternTimeout);
        }
        catch (NotSupportedException)
        {
            // Falls through to the backtracking engine.
        }
        catch (RegexParseException ex)
        {
            // The parser's message quotes the pattern; the error kind and offset locate the problem without it.
            fail(path, $"is not a valid regular expression ({ex.Error} at offset {ex.Offset}).");
        }
        catch (ArgumentException)
        {
            fail(path, "is not a valid regular expression.");
        }

        try
        {
            return new Regex(pattern, Options, ConductPolicy.PatternTimeout);
        }
        catch (ArgumentException)
        {
            fail(path, "is not a valid regular expression.");
            throw;
        }
    }

    /// <summary>
    /// The most slips the matcher indexes for a policy's typo terms. Each slip of a word of a phrase is a path through
    /// the word trie, so a hostile file of long many-word phrases could otherwise ask for gigabytes; the embedded policy
    /// needs about 15,000.
    /// </summary>
    private const long MaxTypoSlips = 400_000;

    /// <summary>
    /// At least as many slips as the matcher makes for the term, however it splits the term into words: a word gets at
    /// most two slips a letter, so two for every character that is not white space (digits and symbols such as '$' may
    /// read as letters).
    /// </summary>
    private static long SlipBound(string term)
    {
        long letters = 0;
        foreach (var c in term)
        {
            letters += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return 2 * letters;
    }

    private static void ValidateTerms(List<string>? terms, string path, Action<string, string> fail)
    {
        if (terms is null)
        {
            return;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (string.IsNullOrWhiteSpace(term))
            {
                fail($"{path}[{i}]", "a term is empty.");
            }
            else if (term.Length > ConductPolicy.MaxTermLength)
            {
                fail($"{path}[{i}]", $"a term is longer than {ConductPolicy.MaxTermLength} characters.");
            }
        }
    }

    /// <summary>The line of <paramref name="path"/> or, when that property is missing, of the nearest enclosing one.</summary>
    private static int LineOfNearest(byte[] json, string path)
    {
        while (true)
        {
            var line = JsonLocation.LineOf(json, path);
            var cut = path.LastIndexOfAny(['.', '[']);
            if (line > 0 || cut <= 1)
            {
                return line;
            }

            // Property names may hold dots ("school.fixture-code"); a shorter path that matches nothing is simply skipped.
            path = path[..cut];
        }
    }

    private static T Fail<T>(string source, string path, string problem) =>
        throw new PolicyException(source, 0, path, problem);

    private static string Describe(JsonException ex)
    {
        // The serializer's messages are precise but long; keep the first sentence, which never holds content.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
