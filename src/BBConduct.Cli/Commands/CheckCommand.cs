using BBConduct.Cli.Output;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Commands;

/// <summary><c>bbconduct check "TEXT"</c>: screens one draft and explains the findings to the person writing it.</summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, ["role", "channel", "recipient-role", "people", "policy", ModelChoice.ModelOption, ModelChoice.ThresholdOption], ["json", ModelChoice.NoModelFlag]);
        if (parsed.Positionals.Count != 1)
        {
            throw new UsageException("check takes exactly one TEXT argument (quote it).");
        }

        using var screener = ScreenerFactory.Create(parsed.Option("policy"), parsed.Option("people"), ModelChoice.From(parsed));
        var post = new Post(parsed.Positionals[0])
        {
            Id = "draft",
            Author = new Person(null, PostOptions.ParseRole(parsed.Option("role"), "role")),
            Channel = PostOptions.ParseChannel(parsed.Option("channel")),
            Recipients = [.. parsed.Options("recipient-role").Select(r => new Person(null, PostOptions.ParseRole(r, "recipient-role")))],
        };
        var result = screener.Screen(post);
        if (parsed.Flag("json"))
        {
            stdout.WriteLine(ResultJson.Serialize(result));
        }
        else
        {
            DraftReport.Write(stdout, post, result, useColour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
        }

        return result.IsPublishable ? 0 : 1;
    }
}
