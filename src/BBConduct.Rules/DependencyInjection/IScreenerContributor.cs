using BBConduct.Rules.Screening;

namespace BBConduct.Rules.DependencyInjection;

/// <summary>
/// Adds to the screener that <see cref="ConductScreeningServiceCollectionExtensions.AddConductScreening"/> builds:
/// add-on packages (the toxicity classifier, for one) register one of these to plug their rules in.
/// </summary>
public interface IScreenerContributor
{
    /// <summary>Configures the builder before the screener is built.</summary>
    /// <param name="builder">The builder.</param>
    void Configure(ConductScreenerBuilder builder);
}
