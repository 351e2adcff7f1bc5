using BBConduct.Rules.Screening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BBConduct.Rules.DependencyInjection;

/// <summary>Registers BBConduct screening with a service collection.</summary>
public static class ConductScreeningServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IConductScreener"/> (and <see cref="ConductScreener"/>) built once from the
    /// embedded policy, or as <paramref name="configure"/> sets it up, plus every registered <see cref="IScreenerContributor"/>.
    /// Calling it twice is harmless: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the policy, people registry, marks or extra rules; <see langword="null"/> for the defaults.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddConductScreening(this IServiceCollection services, Action<ConductScreenerBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider =>
        {
            var builder = ConductScreener.CreateBuilder();
            configure?.Invoke(builder);
            foreach (var contributor in provider.GetServices<IScreenerContributor>())
            {
                contributor.Configure(builder);
            }

            return builder.Build();
        });
        services.TryAddSingleton<IConductScreener>(provider => provider.GetRequiredService<ConductScreener>());
        return services;
    }
}
