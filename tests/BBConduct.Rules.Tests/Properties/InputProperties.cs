using System.Text;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;
using FsCheck;
using FsCheck.Xunit;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>Properties of the loaders: whatever the bytes, they refuse with their own exception, never another.</summary>
public sealed class InputProperties
{
    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool Policy_loader_throws_nothing_but_PolicyException_for_any_mutated_policy(byte[] json)
    {
        try
        {
            var policy = ConductPolicy.Load(new MemoryStream(json), "school.json");
            using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();
            return screener.Screen("You are an idiot, FX-1234, gadzooks").Error is null;
        }
        catch (PolicyException ex)
        {
            return ex.Message.StartsWith("school.json", StringComparison.Ordinal) || ex.Message.StartsWith("The screener cannot be built", StringComparison.Ordinal);
        }
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool Policy_loader_throws_nothing_but_PolicyException_for_any_bytes(byte[] json)
    {
        try
        {
            _ = ConductPolicy.Load(new MemoryStream(json), "school.json");
            return true;
        }
        catch (PolicyException)
        {
            return true;
        }
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 300)]
    public bool People_registry_loader_throws_nothing_but_PolicyException_for_any_csv_bytes(byte[] csv)
    {
        var bytes = Encoding.UTF8.GetBytes("name,aliases,role,consent\n").Concat(csv).ToArray();
        foreach (var input in new[] { csv, bytes })
        {
            try
            {
                var people = PeopleRegistry.Load(new MemoryStream(input), "people.csv");
                using var screener = ConductScreener.CreateBuilder().WithPeople(people).Build();
                if (screener.Screen("Mrs Carter is a liar").Error is not null)
                {
                    return false;
                }
            }
            catch (PolicyException)
            {
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(HostileInputs)], MaxTest = 500)]
    public bool PostJson_TryParse_never_throws_and_returns_a_post_or_an_error(byte[] json)
    {
        var ok = PostJson.TryParse(json, "posts.jsonl:1", "1", out var post, out var error);
        return ok ? post is not null && error is null : error is not null && error.Message.StartsWith("posts.jsonl:1", StringComparison.Ordinal);
    }
}
