using System.Globalization;
using System.Text.Json;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;

namespace BBConduct.Rules.Serialization;

/// <summary>
/// Reads posts in the JSON shape of <c>formats.md</c> (camelCase, unknown properties ignored). Errors name
/// the record's location and the field, and never repeat the post's text.
/// </summary>
public static class PostJson
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 };

    /// <summary>Parses one post object.</summary>
    /// <param name="json">The UTF-8 JSON of one object.</param>
    /// <param name="location">Where the record came from, for error messages (for example <c>posts.jsonl:12</c>).</param>
    /// <param name="defaultId">The id to use when the record has none (formats.md: the 1-based record number).</param>
    /// <param name="post">The post, when parsing succeeded.</param>
    /// <param name="error">Why the record could not be read, when it failed.</param>
    /// <returns><see langword="true"/> when a post was read.</returns>
    public static bool TryParse(ReadOnlySpan<byte> json, string location, string defaultId, out Post? post, out ScreeningError? error)
    {
        post = null;
        error = null;
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 32 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = new ScreeningError("malformed-record", $"{location}: a post must be a JSON object, not {Describe(root.ValueKind)}.");
                return false;
            }

            id = ReadId(root, location) ?? defaultId;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
            {
                error = new ScreeningError("missing-text", $"{location}: field 'text' is required.");
                post = new Post(string.Empty) { Id = id };
                return false;
            }

            if (textElement.ValueKind != JsonValueKind.String)
            {
                error = new ScreeningError("invalid-field", $"{location}: field 'text' must be a string, not {Describe(textElement.ValueKind)}.");
                post = new Post(string.Empty) { Id = id };
                return false;
            }

            post = new Post(textElement.GetString()!)
            {
                Id = id,
                Author = root.TryGetProperty("author", out var author) ? ReadPerson(author, location, "author") : null,
                Channel = root.TryGetProperty("channel", out var channel) ? ReadChannel(channel, location) : Channel.Social,
                Recipients = root.TryGetProperty("recipients", out var recipients) ? ReadPeople(recipients, location) : [],
                CreatedAt = root.TryGetProperty("createdAt", out var created) ? ReadDate(created, location) : null,
                Url = root.TryGetProperty("url", out var url) ? ReadString(url, location, "url") : null,
                Attachments = root.TryGetProperty("attachments", out var attachments) ? ReadAttachments(attachments, location) : [],
            };
            return true;
        }
        catch (JsonException ex)
        {
            var at = ex.BytePositionInLine is { } col ? $" (column {col + 1})" : string.Empty;
            error = new ScreeningError("malformed-json", $"{location}: the record is not valid JSON{at}.");
        }
        catch (FieldException ex)
        {
            error = new ScreeningError("invalid-field", ex.Message);
        }
        catch (InvalidOperationException)
        {
            // JsonDocument accepts invalid UTF-8 inside a string and only GetString fails, this way.
            error = new ScreeningError("invalid-utf8", $"{location}: the record holds text that is not valid UTF-8.");
        }

        post = id is null ? null : new Post(string.Empty) { Id = id };
        return false;
    }

    /// <summary>Reads the record's <c>id</c> without validating the rest, so a failed record can still be named.</summary>
    private static string? ReadId(JsonElement root, string location)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            return null;
        }

        return id.ValueKind switch
        {
            JsonValueKind.String => id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new FieldException($"{location}: field 'id' must be a string or number, not {Describe(id.ValueKind)}."),
        };
    }

    private static Person? ReadPerson(JsonElement element, string location, string field)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException($"{location}: field '{field}' must be an object with name and role.");
        }

        var name = element.TryGetProperty("name", out var n) ? ReadString(n, location, $"{field}.name") : null;
        var role = element.TryGetProperty("role", out var r) ? ReadRole(r, location, $"{field}.role") : Role.Other;
        return new Person(name, role);
    }

    private static Person[] ReadPeople(JsonElement element, string location)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException($"{location}: field 'recipients' must be an array.");
        }

        var people = new List<Person>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (ReadPerson(item, location, $"recipients[{i++}]") is { } person)
            {
                people.Add(person);
            }
        }

        return [.. people];
    }

    private static Attachment[] ReadAttachments(JsonElement element, string location)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException($"{location}: field 'attachments' must be an array.");
        }

        var list = new List<Attachment>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var field = $"attachments[{i++}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("path", out var path) || path.ValueKind != JsonValueKind.String)
            {
                throw new FieldException($"{location}: field '{field}.path' is required and must be a string.");
            }

            list.Add(new Attachment(
                path.GetString()!,
                item.TryGetProperty("mediaType", out var media) ? ReadString(media, location, $"{field}.mediaType") : null,
                item.TryGetProperty("altText", out var alt) ? ReadString(alt, location, $"{field}.altText") : null));
        }

        return [.. list];
    }

    private static string? ReadString(JsonElement element, string location, string field) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Null => null,
        _ => throw new FieldException($"{location}: field '{field}' must be a string, not {Describe(element.ValueKind)}."),
    };

    private static DateTimeOffset? ReadDate(JsonElement element, string location)
    {
        var text = ReadString(element, location, "createdAt");
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new FieldException($"{location}: field 'createdAt' is not an ISO 8601 date and time.");
    }

    private static Role ReadRole(JsonElement element, string location, string field)
    {
        var text = ReadString(element, location, field);
        return text?.ToLowerInvariant() switch
        {
            null or "" or "other" => Role.Other,
            "staff" => Role.Staff,
            "student" => Role.Student,
            "parent" => Role.Parent,
            "partner" => Role.Partner,
            _ => throw new FieldException($"{location}: field '{field}' must be staff, student, parent, partner or other."),
        };
    }

    private static Channel ReadChannel(JsonElement element, string location)
    {
        var text = ReadString(element, location, "channel");
        return text?.ToLowerInvariant() switch
        {
            null or "" or "social" => Channel.Social,
            "blog" => Channel.Blog,
            "comment" => Channel.Comment,
            "direct" => Channel.Direct,
            "school" => Channel.School,
            _ => throw new FieldException($"{location}: field 'channel' must be social, blog, comment, direct or school."),
        };
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private sealed class FieldException(string message) : Exception(message);
}
