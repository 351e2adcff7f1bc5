using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules;

/// <summary>
/// A rule made of a <see cref="Detector"/> and a category: each piece of evidence becomes a finding with the
/// category's clause, severity, escalation and message from the policy (overridable per rule).
/// </summary>
public sealed class PolicyRule : IConductRule
{
    private CategorySettings? _settings;
    private Severity _severity;
    private string _message = string.Empty;

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The stable rule id.</param>
    /// <param name="category">The category of its findings.</param>
    /// <param name="detector">What it looks for.</param>
    /// <param name="message">A message more specific than the category's, or <see langword="null"/>.</param>
    /// <param name="severity">A severity other than the category's, or <see langword="null"/>.</param>
    public PolicyRule(string id, Category category, Detector detector, string? message = null, Severity? severity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(detector);
        Id = id;
        Category = category;
        Detector = detector;
        Message = message;
        Severity = severity;
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <summary>The category of the rule's findings.</summary>
    public Category Category { get; }

    /// <summary>What the rule looks for.</summary>
    public Detector Detector { get; }

    /// <summary>The rule's own message, if any.</summary>
    public string? Message { get; }

    /// <summary>The rule's own severity, if any.</summary>
    public Severity? Severity { get; }

    /// <inheritdoc/>
    public void Evaluate(ScreeningContext context, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);

        // The screener's own list, borrowed at its end and given back as it was.
        var pending = context.PendingFindings;
        var start = pending.Count;
        try
        {
            Collect(context, pending);
            for (var i = start; i < pending.Count; i++)
            {
                findings.Add(pending[i].ToFinding(context.Text));
            }
        }
        finally
        {
            pending.RemoveRange(start, pending.Count - start);
        }
    }

    /// <summary>As <see cref="Evaluate"/>, but the evidence is not made into findings until the merger keeps it.</summary>
    internal void Collect(ScreeningContext context, List<PendingFinding> output)
    {
        _ = _settings ?? throw new InvalidOperationException($"Rule '{Id}' was not bound to a policy; add it through ConductScreenerBuilder.");
        if (!Detector.MayFind(context))
        {
            return;
        }

        var signals = context.RentSignals();
        try
        {
            Detector.Detect(context, signals);
            var text = context.Text;
            foreach (var signal in signals)
            {
                var start = Math.Clamp(signal.Start, 0, text.Length);
                var length = Math.Clamp(signal.Length, 0, text.Length - start);
                output.Add(new PendingFinding(this, _severity, start, length, signal.Detail));
            }
        }
        finally
        {
            context.ReturnSignals(signals);
        }
    }

    /// <summary>The finding for evidence at a span of <paramref name="text"/> already clamped to it.</summary>
    internal Finding CreateFinding(string text, Severity severity, int start, int length, string? detail)
    {
        var settings = _settings!;
        return new Finding
        {
            RuleId = Id,
            Category = Category,
            Severity = severity,
            Start = start,
            Length = length,
            Excerpt = length == 0 ? string.Empty : text.Substring(start, length),
            Clause = settings.Clause,
            Message = detail is not null && Category == Category.EqualityOffence ? $"{_message} (strand: {detail})" : _message,
            EscalateTo = settings.EscalateTo,
            Detail = detail,
        };
    }

    internal bool Bind(CompiledPolicy policy, List<string> errors)
    {
        var settings = policy.Policy.For(Category);
        policy.Policy.Rules.TryGetValue(Id, out var overrides);
        if (overrides is { Enabled: false })
        {
            return false;
        }

        _settings = settings;
        _severity = overrides?.Severity ?? Severity ?? settings.Severity;
        _message = overrides?.Message ?? Message ?? settings.Message;
        Detector.Bind(new DetectorBinder(policy, Id, errors));
        return true;
    }
}
