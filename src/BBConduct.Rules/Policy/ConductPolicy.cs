using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>
/// A school's code of conduct as data: per-category severity, clause, escalation and message; per-rule
/// overrides; and the lexicons the rules look for. Immutable. <see cref="Default"/> is the Blythe Bridge policy.
/// </summary>
public sealed class ConductPolicy
{
    /// <summary>The most terms a policy may hold in all, so a hostile file cannot exhaust memory.</summary>
    public const int MaxTerms = 200_000;

    /// <summary>
    /// The most terms a policy may hold in lexicons that match typos: each word of such a term is also indexed with
    /// every one-letter slip (up to 40), so this bounds the matcher's size.
    /// </summary>
    public const int MaxTypoTerms = 20_000;

    /// <summary>The longest term, in characters.</summary>
    public const int MaxTermLength = 200;

    /// <summary>The most raw patterns a policy may hold.</summary>
    internal const int MaxPatterns = 100;

    /// <summary>The longest raw pattern, in characters.</summary>
    internal const int MaxPatternLength = 1000;

    /// <summary>How long one raw pattern may search one post before it is stopped (and switched off for the screener).</summary>
    internal static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly Lazy<ConductPolicy> EmbeddedDefault = new(LoadEmbeddedDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    internal ConductPolicy(
        string name,
        IReadOnlyDictionary<Category, CategorySettings> categories,
        IReadOnlyDictionary<string, RuleSettings> rules,
        IReadOnlyDictionary<string, LexiconDefinition> lexicons,
        IReadOnlyDictionary<string, PatternDefinition>? patterns = null)
    {
        Name = name;
        Categories = categories;
        Rules = rules;
        Lexicons = lexicons;
        Patterns = patterns ?? new Dictionary<string, PatternDefinition>(StringComparer.Ordinal);
    }

    /// <summary>The embedded Blythe Bridge High School &amp; Sixth Form policy.</summary>
    public static ConductPolicy Default => EmbeddedDefault.Value;

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>Settings for every category.</summary>
    public IReadOnlyDictionary<Category, CategorySettings> Categories { get; }

    /// <summary>Per-rule overrides by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSettings> Rules { get; }

    /// <summary>The lexicons by name.</summary>
    public IReadOnlyDictionary<string, LexiconDefinition> Lexicons { get; }

    /// <summary>The School's raw patterns by rule id (the policy's opt-in <c>patterns</c> section); run by <c>CustomPatternRules</c>.</summary>
    internal IReadOnlyDictionary<string, PatternDefinition> Patterns { get; }

    /// <summary>Reads a policy from JSON. A file with <c>"extends": "default"</c> changes only what it names.</summary>
    /// <param name="json">The UTF-8 JSON (a BOM is allowed). The stream is read, not closed.</param>
    /// <param name="sourceName">The file name, used in error messages.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyException">The file is malformed, too large or inconsistent; the message names file, line and property.</exception>
    public static ConductPolicy Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return PolicyLoader.Load(json, sourceName, Default);
    }

    /// <summary>The settings of a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The settings.</returns>
    public CategorySettings For(Category category) => Categories[category];

    private static ConductPolicy LoadEmbeddedDefault()
    {
        const string ResourceName = "BBConduct.Rules.Policy.default-policy.json";
        using var stream = typeof(ConductPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the build.");
        return PolicyLoader.Load(stream, "default-policy.json", basePolicy: null);
    }
}
