using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BBConduct.DraftCheck.Tests;

/// <summary>
/// Hosts the draft checker for tests. The rules alone screen (no classifier) unless asked, so expected findings do not
/// move when the model is retrained; <see cref="UseRealServer"/> puts it on Kestrel at 127.0.0.1 on a free port.
/// </summary>
public class DraftCheckFactory : WebApplicationFactory<Program>
{
    private readonly bool _classifier;

    public DraftCheckFactory()
        : this(classifier: false)
    {
    }

    protected DraftCheckFactory(bool classifier) => _classifier = classifier;

    /// <summary>Serves over real HTTP on the loopback interface, for a browser.</summary>
    public Uri UseRealServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("DraftCheck:Classifier", _classifier ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
