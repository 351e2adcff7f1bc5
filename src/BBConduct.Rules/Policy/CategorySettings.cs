using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>How a policy treats one category: severity, the clause it enforces, who to escalate to and the default message.</summary>
/// <param name="Severity">The default severity of the category's findings.</param>
/// <param name="Clause">The policy clause, for example <c>1.2</c>.</param>
/// <param name="EscalateTo">Who a finding is escalated to.</param>
/// <param name="Message">The default plain-English message.</param>
public sealed record CategorySettings(Severity Severity, string Clause, string EscalateTo, string Message);
