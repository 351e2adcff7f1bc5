using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BBConduct.DraftCheck.Tests;

public sealed class CheckEndpointTests(DraftCheckFactory factory) : IClassFixture<DraftCheckFactory>
{
    private const string Canary = "PRIVATE-CANARY-7c1e";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Check_returns_result_json_with_a_span_on_the_original_text()
    {
        const string text = "honestly you're such a loser, nobody wants you at the party";
        using var response = await PostAsync($$"""{"id":"d1","text":"{{text}}","author":{"role":"student"},"channel":"comment"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = await ReadJsonAsync(response);
        var root = json.RootElement;
        Assert.Equal("d1", root.GetProperty("id").GetString());
        Assert.Equal("block", root.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        var harassment = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("category").GetString() == "Harassment");
        var start = harassment.GetProperty("start").GetInt32();
        var length = harassment.GetProperty("length").GetInt32();
        Assert.Equal(text.Substring(start, length), harassment.GetProperty("excerpt").GetString());
        Assert.Equal("1.1; 2.1", harassment.GetProperty("clause").GetString());
        Assert.False(string.IsNullOrEmpty(harassment.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Check_reads_author_channel_and_recipients_from_the_post()
    {
        const string body = """{"text":"Happy to chat about your coursework on my personal Snapchat tonight, add me","author":{"role":"staff"},"channel":"direct","recipients":[{"role":"student"}]}""";
        using var response = await PostAsync(body);

        using var json = await ReadJsonAsync(response);
        Assert.Equal("block", json.RootElement.GetProperty("verdict").GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("category").GetString() == "Safeguarding");
    }

    [Fact]
    public async Task Check_allows_a_post_with_empty_text()
    {
        using var response = await PostAsync("""{"text":""}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        Assert.Equal("allow", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal("draft", json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_an_error_that_does_not_repeat_the_text()
    {
        using var response = await PostAsync($$"""{"text": "{{Canary}} you idiot""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Canary, raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        Assert.Equal("review", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("malformed-json", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"id":"x"}""", "missing-text")]
    [InlineData("""{"text":42}""", "invalid-field")]
    [InlineData("""{"text":"PRIVATE-CANARY-7c1e","channel":"carrier pigeon"}""", "invalid-field")]
    [InlineData("""["PRIVATE-CANARY-7c1e"]""", "malformed-record")]
    [InlineData("", "malformed-json")]
    public async Task A_body_that_is_not_a_post_gets_400_naming_the_problem(string body, string code)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Canary, raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        Assert.Equal(code, json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Oversized_body_gets_413_without_being_screened()
    {
        var text = Canary + new string('a', 300 * 1024);
        using var response = await PostAsync($$"""{"text":"{{text}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Canary, raw, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(raw);
        Assert.Equal("too-large", json.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Oversized_chunked_body_without_a_length_gets_413()
    {
        var bytes = Encoding.UTF8.GetBytes($$"""{"text":"{{new string('a', 300 * 1024)}}"}""");
        using var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri("/api/check", UriKind.Relative), content);
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());

    /// <summary>A stream that hides its length, so the client sends it chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
