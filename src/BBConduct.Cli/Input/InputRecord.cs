using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>One record read from an input: a post to screen, or the reason it could not be read.</summary>
/// <param name="Location">Where the record is, for messages: <c>file:line</c> or <c>file $[index]</c>.</param>
/// <param name="Post">The post, when it was read.</param>
/// <param name="Error">Why it could not be read, otherwise <see langword="null"/>.</param>
/// <param name="Id">The id to report when the record failed.</param>
internal sealed record InputRecord(string Location, Post? Post, ScreeningError? Error, string? Id)
{
    /// <summary>The rest of the file could not be read either (truncated, corrupt, unreadable): the scan exits 2.</summary>
    public bool Fatal { get; init; }

    /// <summary>
    /// Work left to turn this record into its post (parsing a JSONL line, say), so that it runs on a screening
    /// thread rather than on the single reader thread; <see langword="null"/> when the record is complete.
    /// </summary>
    public Func<InputRecord>? Complete { get; init; }

    /// <summary>This record with any deferred reading work done. Never throws: a failure becomes an error record.</summary>
    public InputRecord Completed()
    {
        if (Complete is not { } complete)
        {
            return this;
        }

        try
        {
            return complete();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException or FormatException or UnauthorizedAccessException)
        {
            return Failed(Location, Id ?? string.Empty, "unreadable", $"the record could not be read ({ex.GetType().Name}).");
        }
    }

    public static InputRecord Failed(string location, string id, string code, string message, bool fatal = false) =>
        new(location, null, new ScreeningError(code, $"{location}: {message}"), id) { Fatal = fatal };
}
