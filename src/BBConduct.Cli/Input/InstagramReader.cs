using System.Text.Json;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads an Instagram export: <c>posts_*.json</c> (an array of posts with <c>media</c> and captions) and
/// <c>post_comments_*.json</c> (an array of <c>string_map_data</c>, or the older object with
/// <c>comments_media_comments</c>). Text is repaired of Meta's Latin-1 mojibake.
/// </summary>
internal sealed class InstagramReader : JsonExportReader
{
    protected override IReadOnlyList<string> ArrayProperties => ["comments_media_comments", "comments_reels_comments", "comments_story_comments"];

    protected override Post? Map(JsonElement element, string location, string number)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (ExportJson.Child(element, "string_map_data") is { } map)
        {
            var comment = ExportJson.Child(map, "Comment");
            var time = ExportJson.Child(map, "Time");
            return new Post(MetaText.Repair(comment is { } c ? ExportJson.String(c, "value") : null))
            {
                Id = number,
                Channel = Channel.Comment,
                CreatedAt = time is { } t ? ExportJson.UnixTime(t, "timestamp") : comment is { } c2 ? ExportJson.UnixTime(c2, "timestamp") : null,
                Url = comment is { } c3 ? NullIfEmpty(ExportJson.String(c3, "href")) : null,
            };
        }

        if (ExportJson.Items(element, "string_list_data").FirstOrDefault() is { ValueKind: JsonValueKind.Object } old)
        {
            return new Post(MetaText.Repair(ExportJson.String(old, "value")))
            {
                Id = number,
                Channel = Channel.Comment,
                CreatedAt = ExportJson.UnixTime(old, "timestamp"),
                Url = NullIfEmpty(ExportJson.String(old, "href")),
            };
        }

        if (ExportJson.Child(element, "media") is not { ValueKind: JsonValueKind.Array } media)
        {
            return null;
        }

        var caption = ExportJson.String(element, "title");
        var created = ExportJson.UnixTime(element, "creation_timestamp");
        var attachments = new List<Attachment>();
        foreach (var item in media.EnumerateArray())
        {
            caption ??= NullIfEmpty(ExportJson.String(item, "title"));
            created ??= ExportJson.UnixTime(item, "creation_timestamp");
            if (ExportJson.String(item, "uri") is { Length: > 0 } uri)
            {
                attachments.Add(new Attachment(uri));
            }
        }

        return new Post(MetaText.Repair(caption))
        {
            Id = number,
            CreatedAt = created,
            Attachments = attachments,
        };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
