using BBConduct.Rules.Policy;
using BBConduct.Rules.Rules.Detectors;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>
/// The policy's opt-in <c>patterns</c> section: one rule per raw pattern, with the pattern's id as the rule id, so
/// the <c>rules</c> section can override or disable it like a built-in rule. School-edited rules are normally term
/// lists; a raw pattern is the escape hatch, guarded by a timeout and a circuit breaker.
/// </summary>
internal static class CustomPatternRules
{
    /// <summary>Creates fresh rules (each has its own circuit breaker) for the policy's patterns, in id order.</summary>
    public static IEnumerable<PolicyRule> Create(ConductPolicy policy) =>
        policy.Patterns
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new PolicyRule(p.Key, p.Value.Category, new GuardedPatternDetector(p.Value.Regex), p.Value.Message, p.Value.Severity));
}
