using BBConduct.Rules.Findings;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Commands;

/// <summary>
/// A rule still being made on another thread (the classifier, loading its model) while the screener compiles the
/// policy: start-up takes the longer of the two instead of their sum. The screener reads the rule's id after compiling,
/// which waits for it, so a built screener never screens with the rule unmade.
/// </summary>
/// <param name="rule">The rule being made.</param>
internal sealed class LoadingRule(Task<IConductRule> rule) : IConductRule
{
    public string Id => rule.GetAwaiter().GetResult().Id;

    public void Evaluate(ScreeningContext context, List<Finding> findings) => rule.GetAwaiter().GetResult().Evaluate(context, findings);
}
