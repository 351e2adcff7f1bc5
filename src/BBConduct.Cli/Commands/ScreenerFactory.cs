using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Commands;

/// <summary>Builds the screener from <c>--policy</c> and <c>--people</c>, turning unreadable files into usage errors.</summary>
internal static class ScreenerFactory
{
    /// <summary>Builds the screener for a command.</summary>
    /// <param name="policyPath">The <c>--policy</c> file, or <see langword="null"/> for the embedded policy.</param>
    /// <param name="peoplePath">The <c>--people</c> registry, or <see langword="null"/>.</param>
    /// <param name="model">The classifier to add (<c>--model</c>, <c>--no-model</c>), or <see langword="null"/> for none.</param>
    /// <param name="extraRules">More rules built from the loaded policy (the scan's logo images, for one).</param>
    /// <returns>The screener.</returns>
    public static ConductScreener Create(string? policyPath, string? peoplePath, ModelChoice? model = null, Func<ConductPolicy, IEnumerable<IConductRule>>? extraRules = null)
    {
        var builder = ConductScreener.CreateBuilder();
        var policy = ConductPolicy.Default;

        // The classifier loads its model on another core while the policy loads and compiles.
        var classifier = model is { Enabled: true } ? Task.Run(() => model.CreateRule()!) : null;
        try
        {
            if (classifier is not null)
            {
                builder.AddRule(new LoadingRule(classifier));
            }

            if (policyPath is not null)
            {
                using var stream = OpenInput(policyPath, "policy");
                policy = ConductPolicy.Load(stream, policyPath);
                builder.WithPolicy(policy);
            }

            if (peoplePath is not null)
            {
                using var stream = OpenInput(peoplePath, "people registry");
                builder.WithPeople(PeopleRegistry.Load(stream, peoplePath));
            }

            foreach (var rule in extraRules?.Invoke(policy) ?? [])
            {
                builder.AddRule(rule);
            }

            return builder.Build();
        }
        catch (Exception) when (classifier is not null && Failed(classifier))
        {
            // Loaded one after the other, a model that could not be read was reported before anything else.
            classifier.GetAwaiter().GetResult();
            throw;
        }
        catch (PolicyException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>Waits for <paramref name="task"/> and tells whether it failed.</summary>
    private static bool Failed(Task task)
    {
        ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.IsFaulted;
    }

    public static FileStream OpenInput(string path, string what)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{path}: cannot read the {what} file ({ex.GetType().Name}: {ex.Message}).");
        }
    }
}
