using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Serialization;

/// <summary>Writes results in the JSON shape of <c>formats.md</c>: one object per record, camelCase, lower-case verdicts.</summary>
public static class ResultJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one result as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(Utf8JsonWriter writer, ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("verdict", Name(result.Verdict));
        writer.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", f.RuleId);
            writer.WriteString("category", f.Category.ToString());
            writer.WriteString("severity", Name(f.Severity));
            writer.WriteNumber("start", f.Start);
            writer.WriteNumber("length", f.Length);
            writer.WriteString("excerpt", f.Excerpt);
            writer.WriteString("clause", f.Clause);
            writer.WriteString("message", f.Message);
            writer.WriteString("escalateTo", f.EscalateTo);
            if (f.Score is { } score)
            {
                writer.WriteNumber("score", Math.Round(score, 6));
            }
            else
            {
                writer.WriteNull("score");
            }

            if (f.Detail is not null)
            {
                writer.WriteString("detail", f.Detail);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Error is { } error)
        {
            writer.WriteStartObject("error");
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("error");
        }

        writer.WriteEndObject();
    }

    /// <summary>Serialises one result to a single line of JSON (no trailing newline).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ScreeningResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Creates a writer with the options results are written with (relaxed escaping: readable non-ASCII text).</summary>
    /// <param name="output">The stream to write to.</param>
    /// <returns>The writer.</returns>
    public static Utf8JsonWriter CreateWriter(Stream output) => new(output, Options);

    /// <summary>
    /// Creates a writer with the options results are written with, over a buffer: bulk scans serialise results on
    /// the screening threads and copy the finished bytes to the output in order.
    /// </summary>
    /// <param name="output">The buffer to write to.</param>
    /// <returns>The writer.</returns>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) => new(output, Options);

    /// <summary>The lower-case name of a verdict as written in JSON.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns><c>allow</c>, <c>advise</c>, <c>review</c> or <c>block</c>.</returns>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Allow => "allow",
        Verdict.Advise => "advise",
        Verdict.Review => "review",
        _ => "block",
    };

    /// <summary>The lower-case name of a severity as written in JSON.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>advise</c>, <c>review</c> or <c>block</c>.</returns>
    public static string Name(Severity severity) => Name((Verdict)severity);
}
