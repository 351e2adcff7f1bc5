namespace BBConduct.DraftCheck;

/// <summary>Serves the page, its style sheet and its script from resources compiled into the app (works offline).</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        MapResource(app, "/", "index.html", "text/html; charset=utf-8");
        MapResource(app, "/draftcheck.css", "draftcheck.css", "text/css; charset=utf-8");
        MapResource(app, "/draftcheck.js", "draftcheck.js", "text/javascript; charset=utf-8");
    }

    private static void MapResource(IEndpointRouteBuilder app, string path, string name, string contentType)
    {
        var bytes = Load(name);
        app.MapGet(path, () => Results.Bytes(bytes, contentType));
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("BBConduct.DraftCheck.Page." + name)
            ?? throw new InvalidOperationException($"Resource Page/{name} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
