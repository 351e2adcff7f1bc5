using System.Text;
using System.Text.Json;

namespace BBConduct.Rules.Policy;

/// <summary>Finds the line of a JSON property path, so semantic errors found after parsing still name their line.</summary>
internal static class JsonLocation
{
    /// <summary>The 1-based line of the value at <paramref name="path"/> (such as <c>$.lexicons.profanity.terms[3]</c>), or 0.</summary>
    public static int LineOf(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<(bool IsArray, string Name, int Index)>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        if (Current(stack, pendingName) == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var segment = Segment(stack, pendingName);
                        if (segment == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        stack.Add((reader.TokenType == JsonTokenType.StartArray, segment, -1));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (Segment(stack, pendingName) == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        break;
                }

                pendingName = null;
            }
        }
        catch (JsonException)
        {
        }

        return 0;
    }

    private static string Segment(List<(bool IsArray, string Name, int Index)> stack, string? pendingName)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var top = stack[^1];
        if (top.IsArray)
        {
            stack[^1] = top with { Index = top.Index + 1 };
            return $"{top.Name}[{top.Index + 1}]";
        }

        return Current(stack, pendingName);
    }

    private static string Current(List<(bool IsArray, string Name, int Index)> stack, string? name) =>
        stack.Count == 0 ? "$" : $"{stack[^1].Name}.{name}";

    private static int Line(ReadOnlySpan<byte> json, long offset) =>
        json[..(int)offset].Count((byte)'\n') + 1;

    /// <summary>Reads all of a stream into memory, refusing more than <paramref name="limit"/> bytes.</summary>
    public static byte[] ReadAll(Stream stream, int limit, string source)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new PolicyException(source, 0, null, $"is larger than the limit of {limit / (1024 * 1024)} MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        return bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
    }
}
