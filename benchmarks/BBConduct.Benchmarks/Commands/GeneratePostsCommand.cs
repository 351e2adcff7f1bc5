using System.Globalization;
using System.Text.Json;
using BBConduct.Benchmarks.Corpus;

namespace BBConduct.Benchmarks.Commands;

/// <summary><c>generate-posts --out FILE [--count N] [--length L]</c>: a JSONL file of mixed posts for timing the CLI.</summary>
internal static class GeneratePostsCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        var output = options.Get("out") ?? throw new ArgumentException("generate-posts needs --out FILE.");
        var count = options.GetInt("count", 100_000);
        var length = options.GetInt("length", PostCorpus.Medium);
        var chars = Write(output, count, length);
        Console.Error.WriteLine($"wrote {count:N0} posts ({chars:N0} characters of text) to {output}");
        return 0;
    }

    public static long Write(string path, int count, int length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        var chars = 0L;
        // Built in chunks with different seeds, so a large file does not repeat one short cycle of texts.
        const int Chunk = 5_000;
        for (var done = 0; done < count; done += Chunk)
        {
            var posts = PostCorpus.Build(length, Math.Min(Chunk, count - done), PostKind.Mixed, seed: 100 + done / Chunk);
            for (var i = 0; i < posts.Length; i++)
            {
                using (var json = new Utf8JsonWriter(stream))
                {
                    json.WriteStartObject();
                    json.WriteString("id", "p" + (done + i + 1).ToString(CultureInfo.InvariantCulture));
                    json.WriteString("text", posts[i]);
                    json.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
                chars += posts[i].Length;
            }
        }

        return chars;
    }
}
