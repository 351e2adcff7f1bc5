using System.Text.Json;

namespace BBConduct.DraftCheck;

/// <summary><c>GET /api/advice</c>: the advice for every category, keyed by the category name used in result JSON.</summary>
internal static class AdviceEndpoint
{
    private static readonly byte[] Json = Render();

    public static IResult Handle() => Results.Bytes(Json, "application/json; charset=utf-8");

    private static byte[] Render()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (category, advice) in AdviceCatalog.All)
            {
                writer.WriteStartObject(category.ToString());
                writer.WriteString("instead", advice.Instead);
                writer.WriteString("contact", advice.Contact);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
