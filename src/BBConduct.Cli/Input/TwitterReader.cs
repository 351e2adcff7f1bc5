using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads an X/Twitter archive's <c>data/tweets.js</c>: <c>window.YTD.tweets.part0 = [ {"tweet": {…}}, … ]</c>.
/// Replies are comments; photos are passed on as <c>tweets_media/{id}-{file}</c>, where the archive keeps them.
/// </summary>
internal sealed partial class TwitterReader : JsonExportReader
{
    protected override bool SkipToBracket => true;

    protected override Post? Map(JsonElement element, string location, string number)
    {
        var tweet = ExportJson.Child(element, "tweet") ?? element;
        if (tweet.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var text = ExportJson.String(tweet, "full_text") ?? ExportJson.String(tweet, "text");
        if (text is null)
        {
            return null;
        }

        var id = ExportJson.String(tweet, "id_str") ?? ExportJson.String(tweet, "id");
        var attachments = new List<Attachment>();
        var media = ExportJson.Child(tweet, "extended_entities") ?? ExportJson.Child(tweet, "entities");
        if (media is { } entities)
        {
            foreach (var item in ExportJson.Items(entities, "media"))
            {
                if ((ExportJson.String(item, "media_url_https") ?? ExportJson.String(item, "media_url")) is { Length: > 0 } mediaUrl && id is not null)
                {
                    var file = mediaUrl[(mediaUrl.LastIndexOf('/') + 1)..];
                    attachments.Add(new Attachment($"tweets_media/{id}-{file}", ExportJson.String(item, "type") == "photo" ? "image/jpeg" : null));
                }
            }
        }

        return new Post(System.Net.WebUtility.HtmlDecode(text))
        {
            Id = id ?? number,
            Channel = ExportJson.String(tweet, "in_reply_to_status_id_str") is { Length: > 0 } ? Channel.Comment : Channel.Social,
            CreatedAt = ParseDate(ExportJson.String(tweet, "created_at")),
            Url = id is null ? null : $"https://x.com/i/web/status/{id}",
            Attachments = attachments,
        };
    }

    /// <summary>Twitter's <c>Wed Oct 10 20:19:24 +0000 2018</c>.</summary>
    private static DateTimeOffset? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalised = Offset().Replace(text, "$1:$2");
        return DateTimeOffset.TryParseExact(normalised, "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToUniversalTime()
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date) ? date.ToUniversalTime() : null;
    }

    [GeneratedRegex(@"([+-]\d\d)(\d\d)(?= \d{4}$)")]
    private static partial Regex Offset();
}
