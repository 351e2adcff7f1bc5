using System.Text.Json;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Input;

/// <summary>Reads a JSON array of posts in the shape of formats.md (a <c>.json</c> file rather than JSONL).</summary>
internal sealed class JsonArrayReader : JsonExportReader
{
    protected override Post? Map(JsonElement element, string location, string number) =>
        PostJson.TryParse(System.Text.Encoding.UTF8.GetBytes(element.GetRawText()), location, number, out var post, out var error)
            ? post
            : throw new RecordException(error!.Code, error.Message);
}
