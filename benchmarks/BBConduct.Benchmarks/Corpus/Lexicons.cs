using System.Text;
using System.Text.Json;

namespace BBConduct.Benchmarks.Corpus;

/// <summary>
/// Term lists of a chosen size for the scaling benchmarks: the real profanity terms of the Surge AI and
/// LDNOOBW lists (about 2,000, shuffled), topped up with made-up words that never occur in text.
/// </summary>
internal static class Lexicons
{
    private static readonly Lazy<string[]> RealTerms = new(LoadReal);

    /// <summary>The first <paramref name="count"/> terms; real ones first, so every size finds something.</summary>
    public static string[] Terms(int count)
    {
        var real = RealTerms.Value;
        if (count <= real.Length)
        {
            return real[..count];
        }

        var seen = new HashSet<string>(real, StringComparer.OrdinalIgnoreCase);
        var result = new List<string>(count);
        result.AddRange(real);
        var random = new Random(4242);
        while (result.Count < count)
        {
            var word = MadeUpWord(random);
            if (seen.Add(word))
            {
                result.Add(word);
            }
        }

        return [.. result];
    }

    /// <summary>A policy that extends the default and replaces its <c>profanity</c> lexicon by <paramref name="terms"/>.</summary>
    public static byte[] PolicyJson(IReadOnlyList<string> terms)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("name", $"benchmark policy with {terms.Count} profanity terms");
            json.WriteString("extends", "default");
            json.WriteStartObject("lexicons");
            json.WriteStartObject("profanity");
            json.WriteStartArray("terms");
            foreach (var term in terms)
            {
                json.WriteStringValue(term);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string[] LoadReal()
    {
        var terms = new List<string>();
        terms.AddRange(CsvReader.Column(DataFiles.PathOf("profanity-surge-ai", "profanity_en.csv"), "text"));
        terms.AddRange(File.ReadLines(DataFiles.PathOf("ldnoobw-en", "en.txt")));
        var distinct = terms
            .Select(t => t.Trim())
            .Where(t => t.Length is > 0 and <= 200)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        new Random(99).Shuffle(distinct);
        return distinct;
    }

    private static string MadeUpWord(Random random)
    {
        const string Consonants = "bdfgklmnprstvz";
        const string Vowels = "aeiou";
        var builder = new StringBuilder(12);
        var syllables = random.Next(2, 5);
        for (var s = 0; s < syllables; s++)
        {
            builder.Append(Consonants[random.Next(Consonants.Length)]);
            builder.Append(Vowels[random.Next(Vowels.Length)]);
            if (random.Next(3) == 0)
            {
                builder.Append(Consonants[random.Next(Consonants.Length)]);
            }
        }

        // A trailing 'q' keeps made-up words from colliding with English ones.
        return builder.Append('q').ToString();
    }
}
