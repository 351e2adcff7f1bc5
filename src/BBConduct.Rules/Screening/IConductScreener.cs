using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;

namespace BBConduct.Rules.Screening;

/// <summary>Screens posts against a code of conduct. Implementations are immutable and thread-safe.</summary>
public interface IConductScreener
{
    /// <summary>Screens one post. Never throws for any text; a failure becomes a result with an error and verdict review.</summary>
    /// <param name="post">The post and its context.</param>
    /// <returns>The verdict and findings.</returns>
    ScreeningResult Screen(Post post);
}
