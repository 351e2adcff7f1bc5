using System.Text.RegularExpressions;
using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>
/// A School's raw regular expression from the policy's opt-in <c>patterns</c> section, compiled once at load time
/// (non-backtracking where the construct allows it, always with a match timeout).
/// </summary>
/// <param name="Category">The category of its findings.</param>
/// <param name="Regex">The compiled expression.</param>
/// <param name="Severity">A severity other than the category's, or <see langword="null"/>.</param>
/// <param name="Message">A message other than the category's, or <see langword="null"/>.</param>
internal sealed record PatternDefinition(Category Category, Regex Regex, Severity? Severity, string? Message);
