using System.Globalization;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads CSV posts with a header row. Columns are found by <see cref="CsvColumns"/> or guessed from common names
/// (<c>text</c>, <c>message</c>, <c>content</c>…). A row with the wrong number of fields, or a value that cannot
/// be read, is an error record; a header without a text column makes every row an error and the file fatal.
/// </summary>
internal sealed class CsvReader(CsvColumns columns) : IRecordReader
{
    private static readonly string[] TextNames = ["text", "message", "content", "body", "post", "posttext", "comment", "fulltext", "tweet", "caption", "status"];
    private static readonly string[] IdNames = ["id", "postid", "recordid", "messageid", "tweetid", "commentid"];
    private static readonly string[] AuthorNames = ["author", "authorname", "sender", "from", "name", "user", "username", "screenname", "poster"];
    private static readonly string[] RoleNames = ["role", "authorrole", "senderrole"];
    private static readonly string[] ChannelNames = ["channel", "platform", "posttype"];
    private static readonly string[] DateNames = ["createdat", "created", "date", "datetime", "timestamp", "time", "postedat", "sentat", "postdate"];
    private static readonly string[] UrlNames = ["url", "link", "permalink", "webaddress", "posturl"];
    private static readonly string[] AttachmentNames = ["attachments", "attachment", "media", "image", "images", "photo"];

    public IEnumerable<InputRecord> Read(Stream input, string sourceName)
    {
        List<string>? header = null;
        int text = -1, id = -1, author = -1, role = -1, channel = -1, date = -1, url = -1, attachments = -1;
        string? headerProblem = null;
        var number = 0;
        foreach (var row in CsvRows.Read(input))
        {
            var location = $"{sourceName}:{row.Line}";
            if (header is null)
            {
                if (row.Fields is null)
                {
                    yield return InputRecord.Failed(location, "header", row.Code!, $"the header row cannot be read: {row.Error}", fatal: true);
                    yield break;
                }

                header = row.Fields;
                var problems = new List<string>();
                text = Find(header, columns.Text, TextNames, "text", problems);
                id = Find(header, columns.Id, IdNames, "id", problems);
                author = Find(header, columns.Author, AuthorNames, "author", problems);
                role = Find(header, columns.Role, RoleNames, "role", problems);
                channel = Find(header, columns.Channel, ChannelNames, "channel", problems);
                date = Find(header, columns.Date, DateNames, "date", problems);
                url = Find(header, columns.Url, UrlNames, "url", problems);
                attachments = Find(header, columns.Attachments, AttachmentNames, "attachments", problems);
                if (text < 0 && columns.Text is null)
                {
                    problems.Add("no text column (name it with --text-column)");
                }

                headerProblem = problems.Count > 0 ? $"{sourceName}: the header has {string.Join("; ", problems)}." : null;
                continue;
            }

            number++;
            var recordId = number.ToString(CultureInfo.InvariantCulture);
            if (row.Fields is null)
            {
                yield return InputRecord.Failed(location, recordId, row.Code!, row.Error!);
                continue;
            }

            if (headerProblem is not null)
            {
                yield return new InputRecord(location, null, new Rules.Findings.ScreeningError("missing-column", headerProblem), recordId) { Fatal = true };
                continue;
            }

            var fields = row.Fields;
            if (fields.Count != header.Count)
            {
                yield return InputRecord.Failed(location, recordId, "missing-column", $"the row has {fields.Count} field(s) but the header has {header.Count}.");
                continue;
            }

            InputRecord record;
            try
            {
                var postId = id >= 0 && fields[id].Length > 0 ? fields[id] : recordId;
                var authorName = author >= 0 && fields[author].Length > 0 ? fields[author] : null;
                var authorRole = role >= 0 ? ParseRole(fields[role], location) : Role.Other;
                record = new InputRecord(location, new Post(fields[text])
                {
                    Id = postId,
                    Author = authorName is null && authorRole == Role.Other ? null : new Person(authorName, authorRole),
                    Channel = channel >= 0 ? ParseChannel(fields[channel], location) : Channel.Social,
                    CreatedAt = date >= 0 ? ParseDate(fields[date], location) : null,
                    Url = url >= 0 && fields[url].Length > 0 ? fields[url] : null,
                    Attachments = attachments >= 0
                        ? [.. fields[attachments].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new Attachment(p))]
                        : [],
                }, null, postId);
            }
            catch (RecordException ex)
            {
                record = new InputRecord(location, null, new Rules.Findings.ScreeningError(ex.Code, ex.Message), recordId);
            }

            yield return record;
        }
    }

    private static int Find(List<string> header, string? named, string[] guesses, string what, List<string> problems)
    {
        if (named is not null)
        {
            var index = header.FindIndex(h => string.Equals(h.Trim(), named, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                problems.Add($"no column '{named}' for the {what}");
            }

            return index;
        }

        foreach (var guess in guesses)
        {
            var index = header.FindIndex(h => Simplify(h) == guess);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Simplify(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static Role ParseRole(string text, string location) => text.Trim().ToLowerInvariant() switch
    {
        "" or "other" => Role.Other,
        "staff" or "teacher" => Role.Staff,
        "student" or "pupil" => Role.Student,
        "parent" or "carer" => Role.Parent,
        "partner" => Role.Partner,
        _ => throw new RecordException("invalid-field", $"{location}: the role must be staff, student, parent, partner or other."),
    };

    private static Channel ParseChannel(string text, string location) => text.Trim().ToLowerInvariant() switch
    {
        "" or "social" => Channel.Social,
        "blog" => Channel.Blog,
        "comment" => Channel.Comment,
        "direct" => Channel.Direct,
        "school" => Channel.School,
        _ => throw new RecordException("invalid-field", $"{location}: the channel must be social, blog, comment, direct or school."),
    };

    private static DateTimeOffset? ParseDate(string text, string location)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix) && unix is > 0 and < 253402300799)
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : throw new RecordException("invalid-field", $"{location}: the date is not a recognisable date and time.");
    }
}
