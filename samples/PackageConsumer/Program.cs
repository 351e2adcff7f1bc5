// A School app that uses BBConduct from NuGet: the screener and the ML.NET classifier are registered on a host's service
// collection, then every post of a JSONL export is screened and its findings printed.
//
//   dotnet run --project samples/PackageConsumer -- samples/data/posts.jsonl samples/data/people.csv
//
// Exit status: 0 when every record got a result from a screener that includes the classifier; 1 otherwise.
using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.Findings;
using BBConduct.Rules.ML.DependencyInjection;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var postsPath = args.Length > 0 ? args[0] : FindSampleFile("posts.jsonl");
var peoplePath = args.Length > 1 ? args[1] : FindSampleFile("people.csv");

var builder = Host.CreateApplicationBuilder();
builder.Services.AddConductScreening(screening =>
{
    using var people = File.OpenRead(peoplePath);
    screening.WithPeople(PeopleRegistry.Load(people, Path.GetFileName(peoplePath)));
});
builder.Services.AddToxicityClassifier();

using var host = builder.Build();
var screener = host.Services.GetRequiredService<IConductScreener>();
var ruleIds = host.Services.GetRequiredService<ConductScreener>().RuleIds;

var counts = new SortedDictionary<Verdict, int>();
var records = 0;
var classifierFindings = 0;
foreach (var line in File.ReadLines(postsPath))
{
    if (string.IsNullOrWhiteSpace(line))
    {
        continue;
    }

    records++;
    var location = $"{Path.GetFileName(postsPath)}:{records}";
    var result = PostJson.TryParse(System.Text.Encoding.UTF8.GetBytes(line), location, records.ToString(System.Globalization.CultureInfo.InvariantCulture), out var post, out var error)
        ? screener.Screen(post!)
        : ScreeningResult.Failed(post?.Id, error!);

    counts[result.Verdict] = counts.GetValueOrDefault(result.Verdict) + 1;
    Console.WriteLine($"{result.Id ?? location,-10} {ResultJson.Name(result.Verdict).ToUpperInvariant(),-7} {(result.Error is { } e ? e.Message : result.Findings.Count == 0 ? "fine to publish" : string.Empty)}");
    foreach (var finding in result.Findings)
    {
        var where = finding.Length > 0 ? $"\"{finding.Excerpt}\"" : "whole post";
        var score = finding.Score is { } s ? $" (score {s:0.00})" : string.Empty;
        Console.WriteLine($"           - {finding.Category}, clause {finding.Clause}: {where}{score} -> {finding.EscalateTo}");
        classifierFindings += finding.RuleId == "ml.toxicity" ? 1 : 0;
    }
}

Console.WriteLine();
Console.WriteLine($"{records} records: {string.Join(", ", counts.Select(c => $"{c.Value} {ResultJson.Name(c.Key)}"))}; {classifierFindings} findings from the classifier.");
Console.WriteLine($"Rules loaded from the packages: {ruleIds.Count} (classifier {(ruleIds.Contains("ml.toxicity") ? "included" : "MISSING")}).");
return records > 0 && ruleIds.Contains("ml.toxicity") ? 0 : 1;

static string FindSampleFile(string name)
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "samples", "data", name);
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException($"samples/data/{name} not found above the current folder; pass the posts and people files as arguments.");
}
