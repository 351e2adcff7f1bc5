using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;

namespace BBConduct.Rules.Screening;

/// <summary>
/// Screens posts against a compiled code of conduct. Built once by <see cref="ConductScreenerBuilder"/> (all
/// lexicon compilation and registry indexing happen there); <see cref="Screen(Posts.Post)"/> does no set-up work, takes no
/// locks and is safe to call from many threads.
/// </summary>
public sealed class ConductScreener : IConductScreener, IDisposable
{
    private const int LongPost = 1 << 16;
    private readonly IConductRule[] _rules;
    private readonly ThreadLocal<ScreeningContext> _contexts;

    internal ConductScreener(CompiledPolicy policy, IConductRule[] rules)
    {
        Compiled = policy;
        _rules = rules;
        _contexts = new ThreadLocal<ScreeningContext>(() => new ScreeningContext(policy));
    }

    /// <summary>The policy the screener enforces.</summary>
    public ConductPolicy Policy => Compiled.Policy;

    /// <summary>The ids of the rules that run, in order.</summary>
    public IReadOnlyList<string> RuleIds => [.. _rules.Select(r => r.Id)];

    internal CompiledPolicy Compiled { get; }

    /// <summary>A screener for the embedded Blythe Bridge policy with no people registry.</summary>
    /// <returns>The screener.</returns>
    public static ConductScreener CreateDefault() => new ConductScreenerBuilder().Build();

    /// <summary>Starts configuring a screener.</summary>
    /// <returns>A builder with the embedded default policy.</returns>
    public static ConductScreenerBuilder CreateBuilder() => new();

    /// <summary>Screens a text as a public social post by an unknown author.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The result.</returns>
    public ScreeningResult Screen(string text) => Screen(new Post(text ?? string.Empty));

    /// <inheritdoc/>
    public ScreeningResult Screen(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var verdict = Run(post, out var findings, out var error);
        return error is not null
            ? ScreeningResult.Failed(post.Id, error)
            : new ScreeningResult { Id = post.Id, Verdict = verdict, Findings = (IReadOnlyList<Finding>?)findings ?? [] };
    }

    /// <summary>
    /// Screens one post into a list of the caller's, for pipelines that screen millions of posts and reuse one list a
    /// thread: nothing is allocated for a clean post, and for a post with findings only the findings themselves.
    /// Never throws for any text.
    /// </summary>
    /// <param name="post">The post and its context.</param>
    /// <param name="findings">Receives the post's findings, ordered by position in the text; what it held is kept.</param>
    /// <param name="error">Why the post could not be screened (the verdict is then review), or <see langword="null"/>.</param>
    /// <returns>The verdict: the highest finding severity, <see cref="Verdict.Allow"/> when there are none.</returns>
    public Verdict Screen(Post post, ICollection<Finding> findings, out ScreeningError? error)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(findings);
        var verdict = Run(post, out var found, out error);
        if (found is not null)
        {
            foreach (var finding in found)
            {
                findings.Add(finding);
            }
        }

        return verdict;
    }

    /// <summary>Runs every rule over <paramref name="post"/>: its verdict, its merged findings (none: null) or why it failed.</summary>
    private Verdict Run(Post post, out List<Finding>? findings, out ScreeningError? error)
    {
        findings = null;
        error = null;
        if (post.Text is null)
        {
            error = new ScreeningError("missing-text", "The post has no text.");
            return Verdict.Review;
        }

        var context = _contexts.Value!;
        try
        {
            context.Load(post);
            var pending = context.PendingFindings;
            foreach (var rule in _rules)
            {
                if (rule is PolicyRule policyRule)
                {
                    policyRule.Collect(context, pending);
                }
                else if (rule is IAppendingRule appending)
                {
                    EvaluateAppending(appending, context);
                }
                else
                {
                    EvaluateOther(rule, context);
                }
            }

            RegisteredNames.DropWordFindingsInside(context, pending);
            if (pending.Count > 0)
            {
                findings = FindingMerger.Merge(pending, post.Text);
                pending.Clear();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The exception type is enough to diagnose; the message could quote the post, so it is not used.
            context.PendingFindings.Clear();
            context.FindingBuffer.Clear();
            findings = null;
            error = new ScreeningError("internal-error", $"The post could not be screened ({ex.GetType().Name}).");
            return Verdict.Review;
        }
        finally
        {
            if (post.Text.Length > LongPost)
            {
                context.Clear();
            }
        }

        return findings is null ? Verdict.Allow : ScreeningResult.VerdictOf(findings);
    }

    /// <summary>
    /// Runs a rule that is not a <see cref="PolicyRule"/> as it always ran: with every finding so far made and in its
    /// list, which it may read; what the list holds afterwards is what was found so far.
    /// </summary>
    private static void EvaluateOther(IConductRule rule, ScreeningContext context)
    {
        var pending = context.PendingFindings;
        var buffer = context.FindingBuffer;
        foreach (var finding in pending)
        {
            buffer.Add(finding.ToFinding(context.Text));
        }

        try
        {
            rule.Evaluate(context, buffer);
            pending.Clear();
            foreach (var finding in buffer)
            {
                pending.Add(new PendingFinding(finding));
            }
        }
        finally
        {
            buffer.Clear();
        }
    }

    /// <summary>Runs a rule that only appends findings: the evidence so far stays as it is, unmade.</summary>
    private static void EvaluateAppending(IAppendingRule rule, ScreeningContext context)
    {
        var buffer = context.FindingBuffer;
        try
        {
            rule.Evaluate(context, buffer);
            foreach (var finding in buffer)
            {
                context.PendingFindings.Add(new PendingFinding(finding));
            }
        }
        finally
        {
            buffer.Clear();
        }
    }

    /// <summary>Releases the per-thread working buffers.</summary>
    public void Dispose() => _contexts.Dispose();
}
