using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Commands;

/// <summary>Builds the screener from <c>--policy</c> and <c>--people</c>, turning unreadable files into usage errors.</summary>
internal static class ScreenerFactory
{
    public static ConductScreener Create(string? policyPath, string? peoplePath)
    {
        var builder = ConductScreener.CreateBuilder();
        try
        {
            if (policyPath is not null)
            {
                using var stream = OpenInput(policyPath, "policy");
                builder.WithPolicy(ConductPolicy.Load(stream, policyPath));
            }

            if (peoplePath is not null)
            {
                using var stream = OpenInput(peoplePath, "people registry");
                builder.WithPeople(PeopleRegistry.Load(stream, peoplePath));
            }

            return builder.Build();
        }
        catch (PolicyException ex)
        {
            throw new UsageException(ex.Message);
        }
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
