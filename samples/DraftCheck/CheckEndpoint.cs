using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.DraftCheck;

/// <summary>
/// <c>POST /api/check</c>: a post in the JSON of formats.md in, its result JSON out. A body that is not a post gets 400
/// with the same result shape (verdict review and an error naming the problem); error messages never repeat the text.
/// </summary>
internal static class CheckEndpoint
{
    /// <summary>The largest request accepted: room for a long blog post (a textarea holds 20,000 characters).</summary>
    public const int MaxRequestBytes = 256 * 1024;

    public static async Task HandleAsync(HttpContext context, IConductScreener screener)
    {
        var request = context.Request;
        if (request.ContentType is { } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            await WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, Failed("unsupported-media-type", "Send the post as application/json."));
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted);
        if (body is null)
        {
            await WriteAsync(context, StatusCodes.Status413PayloadTooLarge, Failed("too-large", $"The request is larger than {MaxRequestBytes} bytes."));
            return;
        }

        if (!PostJson.TryParse(body, "request", "draft", out var post, out var error))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, ScreeningResult.Failed(post?.Id ?? "draft", error!));
            return;
        }

        await WriteAsync(context, StatusCodes.Status200OK, screener.Screen(post!));
    }

    private static ScreeningResult Failed(string code, string message) => ScreeningResult.Failed("draft", new ScreeningError(code, message));

    /// <summary>Reads the body, or returns <see langword="null"/> as soon as it passes <see cref="MaxRequestBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.ContentLength > MaxRequestBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancel)) > 0)
            {
                if (buffer.Length + read > MaxRequestBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int status, ScreeningResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = ResultJson.CreateWriter(context.Response.Body))
        {
            ResultJson.Write(writer, result);
        }
    }
}
