using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules;

/// <summary>A rule of the code of conduct: looks at a post in context and reports findings.</summary>
/// <remarks>Implementations are immutable and thread-safe; <see cref="Evaluate"/> must not throw for any post.</remarks>
public interface IConductRule
{
    /// <summary>The stable rule id reported in findings, for example <c>threat.violence</c>.</summary>
    string Id { get; }

    /// <summary>Appends this rule's findings for the post in <paramref name="context"/>.</summary>
    /// <param name="context">The post and what the engine knows about it.</param>
    /// <param name="findings">Where to append findings.</param>
    void Evaluate(ScreeningContext context, List<Finding> findings);
}
