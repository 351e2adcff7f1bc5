using System.Text.Json;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads Facebook "Download Your Information" JSON: <c>your_posts_*.json</c> (an array of posts) and
/// <c>comments.json</c> (an object with <c>comments_v2</c>). Text is repaired of the export's Latin-1 mojibake;
/// attached media paths are passed on; the web address of a shared link is kept as the post's URL.
/// </summary>
internal sealed class FacebookReader : JsonExportReader
{
    protected override IReadOnlyList<string> ArrayProperties => ["comments_v2", "comments"];

    protected override Post? Map(JsonElement element, string location, string number)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? text = null;
        string? author = null;
        var channel = Channel.Social;
        var created = ExportJson.UnixTime(element, "timestamp");
        foreach (var item in ExportJson.Items(element, "data"))
        {
            if (ExportJson.String(item, "post") is { } post)
            {
                text = text is null ? post : $"{text}\n{post}";
            }
            else if (ExportJson.Child(item, "comment") is { } comment)
            {
                text = ExportJson.String(comment, "comment") ?? text;
                author = ExportJson.String(comment, "author");
                created = ExportJson.UnixTime(comment, "timestamp") ?? created;
                channel = Channel.Comment;
            }
        }

        var attachments = new List<Attachment>();
        string? url = null;
        foreach (var attachment in ExportJson.Items(element, "attachments"))
        {
            foreach (var data in ExportJson.Items(attachment, "data"))
            {
                if (ExportJson.Child(data, "media") is { } media && ExportJson.String(media, "uri") is { Length: > 0 } uri)
                {
                    attachments.Add(new Attachment(uri, null, NullIfEmpty(MetaText.Repair(ExportJson.String(media, "description")))));
                    text ??= NullIfEmpty(ExportJson.String(media, "description"));
                }
                else if (ExportJson.Child(data, "external_context") is { } context)
                {
                    url ??= ExportJson.String(context, "url");
                }
            }
        }

        if (text is null && attachments.Count == 0 && url is null && channel != Channel.Comment)
        {
            // Status-less entries (profile updates, check-ins without words) are still records: screened as empty.
            text = string.Empty;
        }

        return new Post(MetaText.Repair(text))
        {
            Id = number,
            Author = author is null ? null : new Person(MetaText.Repair(author)),
            Channel = channel,
            CreatedAt = created,
            Url = url,
            Attachments = attachments,
        };
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
