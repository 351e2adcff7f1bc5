using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Rules.Policies;

namespace BBConduct.Rules.Screening;

/// <summary>
/// Configures a <see cref="ConductScreener"/>: the policy, the people registry, the School's marks and extra
/// rules. <see cref="Build"/> validates everything and compiles it once.
/// </summary>
public sealed class ConductScreenerBuilder
{
    private readonly List<IConductRule> _extraRules = [];
    private readonly List<string> _marks = [];
    private ConductPolicy _policy = ConductPolicy.Default;
    private PeopleRegistry _people = PeopleRegistry.Empty;
    private bool _defaultRules = true;

    /// <summary>Uses <paramref name="policy"/> instead of the embedded default.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public ConductScreenerBuilder WithPolicy(ConductPolicy policy)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Recognises the people in <paramref name="people"/> and honours their consent.</summary>
    /// <param name="people">The registry.</param>
    /// <returns>This builder.</returns>
    public ConductScreenerBuilder WithPeople(PeopleRegistry people)
    {
        _people = people ?? throw new ArgumentNullException(nameof(people));
        return this;
    }

    /// <summary>Adds names and marks of the School (beyond the policy's <c>marks</c> lexicon).</summary>
    /// <param name="names">Names such as "Blythe Bridge Sixth Form".</param>
    /// <returns>This builder.</returns>
    public ConductScreenerBuilder AddMarks(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _marks.AddRange(names.Where(n => !string.IsNullOrWhiteSpace(n)));
        return this;
    }

    /// <summary>Adds a rule of your own; <see cref="PolicyRule"/>s are bound to the policy like the built-in ones.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public ConductScreenerBuilder AddRule(IConductRule rule)
    {
        _extraRules.Add(rule ?? throw new ArgumentNullException(nameof(rule)));
        return this;
    }

    /// <summary>Runs only the rules added with <see cref="AddRule"/>.</summary>
    /// <returns>This builder.</returns>
    public ConductScreenerBuilder WithoutDefaultRules()
    {
        _defaultRules = false;
        return this;
    }

    /// <summary>Validates the configuration and compiles it into an immutable screener.</summary>
    /// <returns>The screener.</returns>
    /// <exception cref="PolicyException">A rule refers to a lexicon the policy lacks, or the policy overrides an unknown rule.</exception>
    public ConductScreener Build()
    {
        var policy = _marks.Count == 0 ? _policy : WithExtraMarks(_policy, _marks);
        var compiled = new CompiledPolicy(policy, _people);
        var errors = new List<string>();
        var candidates = new List<IConductRule>();
        if (_defaultRules)
        {
            candidates.AddRange(DefaultRules.Create());
        }

        candidates.AddRange(CustomPatternRules.Create(policy));
        candidates.AddRange(_extraRules);
        var rules = new List<IConductRule>();
        foreach (var rule in candidates)
        {
            if (rule is PolicyRule policyRule)
            {
                if (policyRule.Bind(compiled, errors))
                {
                    rules.Add(policyRule);
                }
            }
            else
            {
                rules.Add(rule);
            }
        }

        var known = candidates.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in policy.Rules.Keys.Where(id => !known.Contains(id)))
        {
            errors.Add($"$.rules.{id}: there is no rule with this id.");
        }

        if (errors.Count > 0)
        {
            throw new PolicyException($"The screener cannot be built from policy '{policy.Name}': {string.Join(" ", errors)}");
        }

        return new ConductScreener(compiled, [.. rules]);
    }

    private static ConductPolicy WithExtraMarks(ConductPolicy policy, List<string> marks)
    {
        var lexicons = new Dictionary<string, LexiconDefinition>(policy.Lexicons, StringComparer.Ordinal);
        lexicons.TryGetValue(MarksLexicon, out var existing);
        lexicons[MarksLexicon] = existing is null
            ? new LexiconDefinition([.. marks])
            : existing with { Terms = [.. existing.Terms, .. marks] };
        return new ConductPolicy(policy.Name, policy.Categories, policy.Rules, lexicons, policy.Patterns);
    }

    private const string MarksLexicon = "marks";
}
