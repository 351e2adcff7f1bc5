using BBConduct.Rules.Policy;

namespace BBConduct.Rules.Rules;

/// <summary>Resolves the names detectors refer to (lexicons) against a compiled policy, collecting errors.</summary>
public sealed class DetectorBinder
{
    private readonly CompiledPolicy _policy;
    private readonly string _ruleId;
    private readonly List<string> _errors;

    internal DetectorBinder(CompiledPolicy policy, string ruleId, List<string> errors)
    {
        _policy = policy;
        _ruleId = ruleId;
        _errors = errors;
    }

    internal CompiledPolicy Policy => _policy;

    /// <summary>Gets the id of the named lexicon, recording an error naming the rule when it does not exist.</summary>
    /// <param name="name">The lexicon name, for example <c>profanity</c>.</param>
    /// <returns>The lexicon id, or -1 when unknown.</returns>
    public int ResolveLexicon(string name)
    {
        if (_policy.Lexicons.TryGetId(name, out var id))
        {
            return id;
        }

        _errors.Add($"Rule '{_ruleId}' uses lexicon '{name}', which the policy does not define.");
        return -1;
    }
}
