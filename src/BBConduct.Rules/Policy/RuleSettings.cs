using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>A policy's overrides for one rule; anything left <see langword="null"/> keeps the category's setting.</summary>
/// <param name="Enabled">Whether the rule runs.</param>
/// <param name="Severity">The severity of the rule's findings.</param>
/// <param name="Message">The message of the rule's findings.</param>
public sealed record RuleSettings(bool Enabled = true, Severity? Severity = null, string? Message = null);
