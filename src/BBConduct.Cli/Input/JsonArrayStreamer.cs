using System.Buffers;
using System.Text.Json;

namespace BBConduct.Cli.Input;

/// <summary>
/// Streams the elements of one JSON array (the document itself, or the first of the named properties of a
/// top-level object) with a bounded buffer: each element comes back as its own UTF-8 bytes, so a 2 GB export
/// never sits in memory. A truncated or malformed document ends with one fatal element naming the JSON path.
/// </summary>
internal sealed class JsonArrayStreamer
{
    private const int MaxElementBytes = 16 * 1024 * 1024;
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };
    private readonly Stream _stream;
    private readonly bool _skipToBracket;
    private byte[] _buffer = new byte[64 * 1024];
    private int _offset;
    private int _length;
    private bool _final;
    private bool _started;
    private JsonReaderState _state = new(Options);

    private JsonArrayStreamer(Stream stream, bool skipToBracket)
    {
        _stream = stream;
        _skipToBracket = skipToBracket;
    }

    /// <summary>One array element, or why reading stopped.</summary>
    internal readonly record struct Element(string Path, int Index, byte[]? Json, string? Error);

    /// <summary>Streams the elements.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="properties">When the document is an object, the names of the array property to read (the first present wins); empty when the document is the array.</param>
    /// <param name="skipToBracket">Ignore everything before the first <c>[</c> (the <c>window.YTD.tweets.part0 = </c> of an X archive).</param>
    public static IEnumerable<Element> Read(Stream stream, IReadOnlyList<string> properties, bool skipToBracket = false)
    {
        var streamer = new JsonArrayStreamer(stream, skipToBracket);
        var path = "$";
        var (first, error) = streamer.NextToken();
        if (error is null && first == JsonTokenType.StartObject && properties.Count > 0)
        {
            (path, error) = streamer.FindProperty(properties);
            error ??= streamer.Expect(JsonTokenType.StartArray, $"an array at {path}");
        }
        else if (error is null && first != JsonTokenType.StartArray)
        {
            error = properties.Count == 0
                ? $"expected an array but found {Describe(first)}."
                : $"expected an array, or an object with {string.Join(" or ", properties)}, but found {Describe(first)}.";
        }

        if (error is not null)
        {
            yield return new Element(path, 0, null, error);
            yield break;
        }

        for (var index = 0; ; index++)
        {
            var (json, end, problem) = streamer.NextElement();
            if (problem is not null)
            {
                yield return new Element($"{path}[{index}]", index, null, problem);
                yield break;
            }

            if (end)
            {
                yield break;
            }

            yield return new Element($"{path}[{index}]", index, json, null);
        }
    }

    private string? Expect(JsonTokenType type, string what)
    {
        var (token, error) = NextToken();
        return error ?? (token == type ? null : $"expected {what} but found {Describe(token)}.");
    }

    private (string Path, string? Error) FindProperty(IReadOnlyList<string> names)
    {
        while (true)
        {
            var (token, name, error) = NextPropertyName();
            if (error is not null)
            {
                return ("$", error);
            }

            if (token == JsonTokenType.EndObject)
            {
                return ("$", $"the object has none of the properties {string.Join(", ", names)}.");
            }

            if (names.Contains(name!))
            {
                return ($"$.{name}", null);
            }

            var (_, _, skipError) = NextElement();
            if (skipError is not null)
            {
                return ($"$.{name}", skipError);
            }
        }
    }

    private (JsonTokenType Token, string? Error) NextToken()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_offset, _length - _offset), _final, _state);
            try
            {
                if (reader.Read())
                {
                    Consume(ref reader);
                    return (reader.TokenType, null);
                }
            }
            catch (JsonException ex)
            {
                return (JsonTokenType.None, Malformed(ex));
            }

            if (_final)
            {
                return (JsonTokenType.None, "the JSON ends early (the file is truncated).");
            }

            if (Fill() is { } fillError)
            {
                return (JsonTokenType.None, fillError);
            }
        }
    }

    private (JsonTokenType Token, string? Name, string? Error) NextPropertyName()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_offset, _length - _offset), _final, _state);
            try
            {
                if (reader.Read())
                {
                    var name = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                    Consume(ref reader);
                    return (reader.TokenType, name, null);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                return (JsonTokenType.None, null, ex is JsonException je ? Malformed(je) : "a property name is not valid UTF-8.");
            }

            if (_final)
            {
                return (JsonTokenType.None, null, "the JSON ends early (the file is truncated).");
            }

            if (Fill() is { } fillError)
            {
                return (JsonTokenType.None, null, fillError);
            }
        }
    }

    /// <summary>The next whole value in the current container, or <c>end</c> at the container's closing bracket.</summary>
    private (byte[]? Json, bool End, string? Error) NextElement()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_offset, _length - _offset), _final, _state);
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                    {
                        Consume(ref reader);
                        return (null, true, null);
                    }

                    var start = (int)reader.TokenStartIndex;
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                    {
                        var json = _buffer.AsSpan(_offset + start, (int)reader.BytesConsumed - start).ToArray();
                        Consume(ref reader);
                        return (json, false, null);
                    }
                }
            }
            catch (JsonException ex)
            {
                return (null, false, Malformed(ex));
            }

            if (_final)
            {
                return (null, false, "the JSON ends inside this element (the file is truncated).");
            }

            if (Fill() is { } fillError)
            {
                return (null, false, fillError);
            }
        }
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _offset += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Keeps the unread bytes and reads more; grows the buffer only while one element needs it, up to a limit.</summary>
    private string? Fill()
    {
        var unread = _length - _offset;
        if (unread == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes)
            {
                return $"one element is larger than {MaxElementBytes / (1024 * 1024)} MB.";
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Buffer.BlockCopy(_buffer, _offset, _buffer, 0, unread);
        _offset = 0;
        _length = unread;
        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0)
        {
            _final = true;
            return null;
        }

        var fresh = _buffer.AsSpan(_length, read);
        _length += read;
        if (!_started)
        {
            _started = true;
            var skip = fresh.StartsWith("\xEF\xBB\xBF"u8) ? 3 : 0;
            if (_skipToBracket)
            {
                var bracket = fresh.IndexOf((byte)'[');
                skip = bracket < 0 ? read : bracket;
                _started = bracket >= 0;
            }

            _offset = _length - read + skip;
        }

        return null;
    }

    private static string Malformed(JsonException ex) =>
        $"the JSON is malformed or cut short{(ex.BytePositionInLine is { } col ? $" near column {col + 1} of its line" : string.Empty)}.";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.None => "nothing",
        _ => token.ToString().ToLowerInvariant(),
    };
}
