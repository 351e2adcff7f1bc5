using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads a WordPress WXR export item by item: each published-type <c>post</c> or <c>page</c> is a blog record
/// (title and text, HTML stripped, images passed on as attachments) and each <c>wp:comment</c> a comment record.
/// Attachments, menus and other item types are not posts and are not records.
/// </summary>
internal sealed partial class WxrReader : IRecordReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public IEnumerable<InputRecord> Read(Stream input, string sourceName)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, CloseInput = false };
        using var reader = XmlReader.Create(input, settings);
        var lineInfo = (IXmlLineInfo)reader;
        var items = 0;
        while (true)
        {
            XElement? item = null;
            string? failure = null;
            var line = lineInfo.LineNumber;
            try
            {
                if (!reader.ReadToFollowing("item"))
                {
                    break;
                }

                line = lineInfo.LineNumber;
                item = (XElement)XNode.ReadFrom(reader);
            }
            catch (XmlException ex)
            {
                failure = $"the XML is malformed or truncated at line {ex.LineNumber}, column {ex.LinePosition}.";
            }

            var location = $"{sourceName}:{line}";
            if (failure is not null)
            {
                yield return InputRecord.Failed(location, $"item-{items + 1}", "unreadable-file", failure, fatal: true);
                yield break;
            }

            items++;
            foreach (var record in Records(item!, location, items))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<InputRecord> Records(XElement item, string location, int number)
    {
        var type = Wp(item, "post_type") ?? "post";
        if (type is not ("post" or "page"))
        {
            yield break;
        }

        var postId = Wp(item, "post_id") ?? number.ToString(CultureInfo.InvariantCulture);
        var link = item.Element("link")?.Value.Trim();
        var html = item.Element(Content + "encoded")?.Value ?? string.Empty;
        var title = item.Element("title")?.Value.Trim();
        var body = HtmlToText(html);
        var text = string.IsNullOrEmpty(title) ? body : $"{title}\n\n{body}";
        yield return new InputRecord(location, new Post(text)
        {
            Id = $"post-{postId}",
            Author = item.Element(Dc + "creator")?.Value is { Length: > 0 } creator ? new Person(creator) : null,
            Channel = Channel.Blog,
            CreatedAt = WpDate(Wp(item, "post_date_gmt")) ?? RssDate(item.Element("pubDate")?.Value),
            Url = link,
            Attachments = Images(html),
        }, null, $"post-{postId}");

        foreach (var comment in item.Elements().Where(e => e.Name.LocalName == "comment" && IsWp(e.Name)))
        {
            var commentId = Wp(comment, "comment_id") ?? "?";
            yield return new InputRecord($"{location} comment {commentId}", new Post(HtmlToText(Wp(comment, "comment_content") ?? string.Empty))
            {
                Id = $"comment-{commentId}",
                Author = Wp(comment, "comment_author") is { Length: > 0 } author ? new Person(author) : null,
                Channel = Channel.Comment,
                CreatedAt = WpDate(Wp(comment, "comment_date_gmt")),
                Url = link is null ? null : $"{link}#comment-{commentId}",
            }, null, $"comment-{commentId}");
        }
    }

    private static bool IsWp(XName name) => name.NamespaceName.StartsWith("http://wordpress.org/export/", StringComparison.Ordinal);

    private static string? Wp(XElement element, string localName) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == localName && IsWp(e.Name))?.Value;

    private static DateTimeOffset? WpDate(string? text) =>
        text is { Length: > 0 } && text != "0000-00-00 00:00:00" &&
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;

    private static DateTimeOffset? RssDate(string? text) =>
        text is { Length: > 0 } && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;

    /// <summary>Block elements become line breaks, other tags vanish, entities are decoded.</summary>
    internal static string HtmlToText(string html)
    {
        var text = Breaks().Replace(html, "\n");
        text = Tags().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    private static List<Attachment> Images(string html)
    {
        var list = new List<Attachment>();
        foreach (Match match in ImageTag().Matches(html))
        {
            var src = Attribute(match.Value, "src");
            if (src is { Length: > 0 })
            {
                list.Add(new Attachment(WebUtility.HtmlDecode(src), null, Attribute(match.Value, "alt") is { } alt ? WebUtility.HtmlDecode(alt) : null));
            }
        }

        return list;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $@"\b{name}\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value : null;
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n\s*\n\s*(\n\s*)*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();
}
