using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Images;

/// <summary>
/// Plugs the <see cref="LogoImageRule"/> into the screener that <c>AddConductScreening</c> builds: register it as an
/// <see cref="IScreenerContributor"/> singleton.
/// </summary>
/// <param name="logos">The School's reference logos.</param>
/// <param name="open">Opens an attachment path; reads files when <see langword="null"/>.</param>
public sealed class LogoImageContributor(LogoRegistry logos, Func<string, Stream?>? open = null) : IScreenerContributor
{
    /// <inheritdoc/>
    public void Configure(ConductScreenerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRule(new LogoImageRule(logos, null, open));
    }
}
