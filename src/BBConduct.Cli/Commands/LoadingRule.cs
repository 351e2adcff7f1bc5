using BBConduct.Rules.Findings;
using BBConduct.Rules.ML;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Commands;

/// <summary>
/// The classifier rule while it loads its model on another thread and the screener compiles the policy: start-up
/// takes the longer of the two instead of their sum. The screener reads the rule's id after compiling, which waits for
/// it, so a built screener never screens with the rule unmade. Like the classifier rule, it only appends findings.
/// </summary>
/// <param name="rule">The rule being made.</param>
internal sealed class LoadingRule(Task<ToxicityClassifierRule> rule) : IAppendingRule
{
    public string Id => rule.GetAwaiter().GetResult().Id;

    public void Evaluate(ScreeningContext context, List<Finding> findings) => rule.GetAwaiter().GetResult().Evaluate(context, findings);
}
