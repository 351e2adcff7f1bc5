using RulesEngine.Models;

namespace BBConduct.Benchmarks.Baselines;

/// <summary>
/// Microsoft's RulesEngine (a workflow of lambda-expression rules compiled with System.Linq.Dynamic.Core)
/// expressing the lexicon rule the way its documentation suggests: one rule, the term list as an input,
/// <c>lexicon.Any(t =&gt; post.Contains(t))</c>. Whole words come from padding the lower-cased post and terms with spaces.
/// </summary>
internal sealed class RulesEngineMatcher
{
    private const string Workflow = "lexicon";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleParameter _lexicon;

    public RulesEngineMatcher(IReadOnlyList<string> terms)
    {
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules =
            [
                new Rule
                {
                    RuleName = "profanity",
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = "lexicon.Any(t => post.Contains(t))",
                },
            ],
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings { EnableExceptionAsErrorMessage = false });
        _lexicon = new RuleParameter("lexicon", terms.Select(t => $" {Words(t)} ").ToArray());
    }

    public int Count(string text)
    {
        var post = new RuleParameter("post", $" {Words(text)} ");
        var pending = _engine.ExecuteAllRulesAsync(Workflow, post, _lexicon);
        // The rules are synchronous lambdas, so the ValueTask is normally complete already.
        var results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var found = 0;
        foreach (var result in results)
        {
            found += result.IsSuccess ? 1 : 0;
        }

        return found;
    }

    private static string Words(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
            }
        });
}
