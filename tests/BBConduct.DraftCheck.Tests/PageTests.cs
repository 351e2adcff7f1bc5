using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BBConduct.Rules.Findings;

namespace BBConduct.DraftCheck.Tests;

public sealed partial class PageTests(DraftCheckFactory factory) : IClassFixture<DraftCheckFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/draftcheck.css", "text/css")]
    [InlineData("/draftcheck.js", "text/javascript")]
    public async Task Page_and_its_assets_are_served_by_the_app(string path, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_loads_nothing_from_another_site()
    {
        foreach (var path in new[] { "/", "/draftcheck.css", "/draftcheck.js" })
        {
            var body = await _client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.DoesNotMatch(ExternalReference(), body);
        }
    }

    [Fact]
    public async Task Page_labels_every_control_and_announces_the_verdict()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));

        foreach (var id in new[] { "post-text", "channel", "audience" })
        {
            Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<legend>I am</legend>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"verdict\"[^>]*aria-live=\"polite\"", html);
    }

    [Fact]
    public async Task Advice_names_what_to_do_for_every_category_and_the_right_contacts()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/advice", UriKind.Relative)));
        var advice = json.RootElement;

        foreach (var category in Enum.GetNames<Category>())
        {
            Assert.False(string.IsNullOrWhiteSpace(advice.GetProperty(category).GetProperty("instead").GetString()), category);
        }

        Assert.Contains("Business Manager", advice.GetProperty("LogoMisuse").GetProperty("contact").GetString(), StringComparison.Ordinal);
        Assert.Contains("Director of Business & Finance", advice.GetProperty("MediaContact").GetProperty("contact").GetString(), StringComparison.Ordinal);
        Assert.Contains("Safeguarding Lead", advice.GetProperty("Safeguarding").GetProperty("contact").GetString(), StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:)?//|@import|url\\(\\s*['\"]?(https?:)?//|fonts\\.", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
