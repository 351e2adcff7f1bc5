using BBConduct.Rules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BBConduct.Rules.ML.DependencyInjection;

/// <summary>Registers the toxicity classifier with a service collection.</summary>
public static class ToxicityClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IScreenerContributor"/> that adds <see cref="ToxicityClassifierRule"/> to the screener
    /// registered by <c>AddConductScreening</c>. Calling it twice is harmless: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the model or thresholds; <see langword="null"/> for the shipped model and its thresholds.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddToxicityClassifier(this IServiceCollection services, Action<ToxicityClassifierOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ToxicityClassifierOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScreenerContributor, ToxicityClassifierContributor>(_ => new ToxicityClassifierContributor(options)));
        return services;
    }
}
