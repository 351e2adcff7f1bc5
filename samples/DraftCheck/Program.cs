// Draft checker: one page where a teacher or student pastes a post and sees, as they type, whether it is fine to
// publish, which words break which clause of the Code of Conduct, what to write instead and who to contact.
//
//   dotnet run --project samples/DraftCheck        then open http://127.0.0.1:5080
//   … -- --DraftCheck:People=samples/data/people.csv  to know who has consented to be named
using BBConduct.DraftCheck;
using BBConduct.Rules.DependencyInjection;
using BBConduct.Rules.ML.DependencyInjection;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using Microsoft.AspNetCore.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Loopback only unless the operator says otherwise (--urls or ASPNETCORE_URLS): drafts are private until published.
if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = CheckEndpoint.MaxRequestBytes);
// A School's people registry (name,aliases,role,consent), so staff who consented are not flagged when named.
var peopleFile = builder.Configuration["DraftCheck:People"];
builder.Services.AddConductScreening(screening =>
{
    if (!string.IsNullOrEmpty(peopleFile))
    {
        using var people = File.OpenRead(peopleFile);
        screening.WithPeople(PeopleRegistry.Load(people, Path.GetFileName(peopleFile)));
    }
});
if (builder.Configuration.GetValue("DraftCheck:Classifier", defaultValue: true))
{
    builder.Services.AddToxicityClassifier();
}

var app = builder.Build();

// Build the screener (and load the model) now, so a bad policy or model stops start-up instead of the first check.
app.Services.GetRequiredService<IConductScreener>();
app.Use(SecurityHeaders.Apply);
PageEndpoints.Map(app);
app.MapPost("/api/check", CheckEndpoint.HandleAsync);
app.MapGet("/api/advice", AdviceEndpoint.Handle);
app.Run();

/// <summary>The app's entry point, public so tests can host it with <c>WebApplicationFactory</c>.</summary>
public partial class Program;
