using System.Globalization;
using System.Text.Json;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Reads an export that is one big JSON array (or an object holding one), element by element. Each element is one
/// record: a post, or an error naming its JSON path. A truncated or malformed file ends with a fatal error record.
/// </summary>
internal abstract class JsonExportReader : IRecordReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>When the document is an object, the names of its array property that holds the records.</summary>
    protected virtual IReadOnlyList<string> ArrayProperties => [];

    /// <summary>Whether a JavaScript prefix precedes the array.</summary>
    protected virtual bool SkipToBracket => false;

    public IEnumerable<InputRecord> Read(Stream input, string sourceName)
    {
        foreach (var element in JsonArrayStreamer.Read(input, ArrayProperties, SkipToBracket))
        {
            var location = $"{sourceName} {element.Path}";
            var number = (element.Index + 1).ToString(CultureInfo.InvariantCulture);
            if (element.Json is null)
            {
                yield return InputRecord.Failed(location, number, "unreadable-file", element.Error ?? "the file could not be read.", fatal: true);
                yield break;
            }

            InputRecord record;
            try
            {
                using var document = JsonDocument.Parse(element.Json, DocumentOptions);
                record = Map(document.RootElement, location, number) is { } post
                    ? new InputRecord(location, post, null, post.Id)
                    : InputRecord.Failed(location, number, "malformed-record", "the element is not a post or comment this reader knows.");
            }
            catch (RecordException ex)
            {
                record = new InputRecord(location, null, new Rules.Findings.ScreeningError(ex.Code, ex.Message), number);
            }
            catch (JsonException)
            {
                record = InputRecord.Failed(location, number, "malformed-json", "the element is not valid JSON.");
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json reports invalid UTF-8 inside a string this way.
                record = InputRecord.Failed(location, number, "invalid-utf8", "the element holds text that is not valid UTF-8.");
            }

            yield return record;
        }
    }

    /// <summary>Turns one element into a post, or <see langword="null"/> when it is not one.</summary>
    protected abstract Post? Map(JsonElement element, string location, string number);
}
