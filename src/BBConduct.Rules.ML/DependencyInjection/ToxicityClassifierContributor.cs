using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.ML.DependencyInjection;

/// <summary>Adds the <see cref="ToxicityClassifierRule"/> to the screener that <c>AddConductScreening</c> builds.</summary>
internal sealed class ToxicityClassifierContributor(ToxicityClassifierOptions options) : IScreenerContributor
{
    public void Configure(ConductScreenerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRule(new ToxicityClassifierRule(options));
    }
}
