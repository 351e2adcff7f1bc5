using System.Text;
using BBConduct.Rules.Posts;
using FsCheck;
using FsCheck.Fluent;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>
/// Generators for whole inputs rather than text: raw bytes with JSON and CSV fragments, mutated policy files with wrong
/// types, duplicates and huge values, people registries, posts with every role and channel, and disguised lexicon words.
/// </summary>
public static class HostileInputs
{
    private static readonly string[] JsonFragments =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"text\"", "\"id\"", "\"author\"", "\"role\"", "\"channel\"", "\"recipients\"", "\"createdAt\"",
        "\"url\"", "\"attachments\"", "\"path\"", "\"staff\"", "\"student\"", "\"direct\"", "null", "true", "false", "0", "-1", "1e999",
        "99999999999999999999999", "\"\\uD800\"", "\"\\u0000\"", "\"2025-02-03T16:00:00Z\"", "\"not a date\"", "/* c */", "//", "\n",
        "\\", "\"\\", "{\"text\": \"", "\"}", "\u00e9", "\ud83d\ude00", " ", "\"POISON-7f3a\"",
    ];

    private static readonly string[] CsvFragments =
    [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "name", "aliases", "role", "consent", "staff", "partner", "student", "parent", "other", "yes",
        "no", "maybe", "Helen Carter", "Mrs Carter;Mrs H Carter", ";", " ", "\uFEFF", "\u0000", "\ud800", "POISON-7f3a", "a",
    ];

    private static readonly byte[][] BadBytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x00]];

    /// <summary>Bytes that are sometimes JSON, sometimes nearly JSON, sometimes noise (invalid UTF-8 included).</summary>
    public static Arbitrary<byte[]> JsonBytes() => Mixed(JsonFragments).ToArbitrary();

    /// <summary>Bytes that look like a CSV file with broken quoting, wrong field counts and invalid UTF-8.</summary>
    public static Arbitrary<byte[]> CsvBytes() => Mixed(CsvFragments).ToArbitrary();

    private static Gen<byte[]> Mixed(string[] fragments) =>
        Gen.Frequency(
            (6, Gen.Elements(fragments).Select(f => Encoding.UTF8.GetBytes(f))),
            (2, Gen.Elements(BadBytes)),
            (1, Gen.Choose(0, 255).Select(b => new[] { (byte)b })),
            (1, HostileText.Text().Generator.Select(t => Encoding.UTF8.GetBytes(t))))
        .ArrayOf()
        .Select(parts => parts.SelectMany(p => p).ToArray());

    // A small valid policy with every section; each slot is replaced by a hostile value now and then.
    private static readonly (string Slot, string Valid)[] Slots =
    [
        ("NAME", "\"Fuzz School\""), ("EXTENDS", "\"default\""), ("SEVERITY", "\"review\""), ("CLAUSE", "\"2.1\""), ("ENABLED", "false"),
        ("RULESEV", "\"advise\""), ("TERMS", "[\"gadzooks\", \"=zounds\"]"), ("INFLECT", "true"), ("DETAIL", "\"race\""),
        ("CATEGORY", "\"Confidential\""), ("PATTERN", "\"\\\\bFX-[0-9]{4}\\\\b\""), ("PATSEV", "\"block\""), ("MESSAGE", "\"Internal.\""),
    ];

    private const string Template = """
        {
          "name": NAME,
          "extends": EXTENDS,
          "categories": { "Reputation": { "severity": SEVERITY, "clause": CLAUSE } },
          "rules": { "profanity.lexicon": { "enabled": ENABLED, "severity": RULESEV } },
          "lexicons": { "profanity": { "add": TERMS, "inflect": INFLECT, "detail": DETAIL }, "marks": { "terms": TERMS } },
          "patterns": { "school.code": { "category": CATEGORY, "pattern": PATTERN, "severity": PATSEV, "message": MESSAGE } }
        }
        """;

    private static readonly Gen<string> HostileValue = Gen.OneOf(
        Gen.Elements(
            "null", "0", "-1", "3", "1e999", "-1e999", "99999999999999999999999999", "true", "[]", "{}", "[null]", "\"\"", "\" \"", "\"\\uD800\"",
            "\"\\u0000\"", "\"default\"", "\"other\"", "\"ban\"", "\"Block\"", "\"BLOCK\"", "[\"\"]", "[\" \"]", "[1, 2]", "[\"a\", \"a\", \"A\"]",
            "\"(unclosed\"", "\"(?=a)(a+)+$\"", "\"(?<x>a)\\\\k<x>\"", "\"[\"", "\"\\\\\"", "\"Profanity\"", "\"Reputation\"", "{\"a\": 1}",
            "[\"POISON-7f3a\"]", "\"POISON-7f3a\""),
        Gen.Choose(1, 40).Select(n => new string('[', n) + new string(']', n)),
        Gen.Choose(150, 1200).Select(n => "\"" + new string('x', n) + "\""),
        Gen.Choose(1, 300).Select(n => "[" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"t{i}\"")) + "]"));

    /// <summary>The template policy with some slots wrong, sometimes a section duplicated, then sometimes a few bytes damaged.</summary>
    public static Arbitrary<byte[]> PolicyBytes() =>
        (from choices in Gen.ListOf(Gen.Frequency((3, Gen.Constant<string?>(null)), (1, HostileValue.Select(v => (string?)v))), Slots.Length)
         from duplicate in Gen.Elements(false, false, true)
         from damage in Gen.ListOf(Gen.Zip(Gen.Choose(0, 10_000), Gen.Choose(0, 255)), 0).Resize(4)
         select Damage(Fill(choices, duplicate), damage))
        .ToArbitrary();

    private static string Fill(List<string?> choices, bool duplicate)
    {
        var json = Template;
        for (var i = 0; i < Slots.Length; i++)
        {
            json = json.Replace(Slots[i].Slot, choices[i] ?? Slots[i].Valid, StringComparison.Ordinal);
        }

        // Duplicate keys: the same section twice, the later one with other values.
        return duplicate ? json.Replace("\"rules\":", "\"lexicons\": { \"profanity\": { \"remove\": [\"shit\"] } }, \"rules\":", StringComparison.Ordinal) : json;
    }

    private static byte[] Damage(string json, IEnumerable<(int At, int Value)> damage)
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(json));
        foreach (var (at, value) in damage)
        {
            var i = at % (bytes.Count + 1);
            switch (value % 3)
            {
                case 0 when i < bytes.Count: bytes.RemoveAt(i); break;
                case 1: bytes.Insert(i, (byte)value); break;
                default: if (i < bytes.Count) { bytes[i] = (byte)value; } break;
            }
        }

        return [.. bytes];
    }

    /// <summary>A post with hostile text, any author and recipient role and any channel, sometimes with attachments.</summary>
    public static Arbitrary<Post> Post() =>
        (from text in HostileText.Text().Generator
         from author in Gen.Elements(Enum.GetValues<Role>())
         from recipients in Gen.Elements(Enum.GetValues<Role>()).ArrayOf().Resize(3)
         from channel in Gen.Elements(Enum.GetValues<Channel>())
         from name in Gen.Elements<string?>(null, "", "Mr Okafor", "\ud800", "A. Student")
         from alt in Gen.Elements<string?>(null, "", "kys", "the BBHS crest", "\u200B")
         select new Post(text)
         {
             Author = new Person(name, author),
             Recipients = [.. recipients.Select(r => new Person(null, r))],
             Channel = channel,
             Attachments = alt is null ? [] : [new Attachment("photo.jpg", "image/jpeg", alt)],
         })
        .ToArbitrary();

    // Single words from the default lexicons that are found on their own (a test checks each is).
    internal static readonly string[] LexiconWords = ["fuck", "shit", "wanker", "bitch", "retard", "faggot", "nudes", "kys", "slut", "twat", "dickhead", "prick", "bastard", "cunt", "bollocks", "arsehole", "whore"];

    private static readonly Dictionary<char, string[]> LookAlikes = new()
    {
        ['a'] = ["а", "ａ", "𝐚", "ⓐ", "🅐"], ['e'] = ["е", "ｅ", "𝐞", "ⓔ"], ['o'] = ["о", "ο", "ｏ", "𝐨", "ⓞ"], ['c'] = ["с", "ｃ", "ⓒ"],
        ['i'] = ["і", "ι", "ｉ", "ⓘ"], ['s'] = ["ѕ", "ｓ", "ⓢ"], ['t'] = ["ｔ", "ⓣ", "𝐭"], ['u'] = ["ｕ", "𝐮", "ⓤ"],
        ['k'] = ["κ", "ｋ", "ⓚ"], ['h'] = ["һ", "ｈ", "ⓗ"], ['d'] = ["ԁ", "ｄ", "ⓓ"], ['r'] = ["ｒ", "ⓡ"], ['n'] = ["ｎ", "ⓝ"], ['w'] = ["ｗ", "ⓦ"],
    };

    private static readonly string[] Invisible = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];

    /// <summary>A lexicon word in a benign sentence, and the same sentence with the word disguised by look-alikes and invisible characters.</summary>
    public static Arbitrary<(string Plain, string Disguised)> DisguisedWord() =>
        (from word in Gen.Elements(LexiconWords)
         from swaps in Gen.ListOf(Gen.Choose(0, 99), word.Length)
         from invisible in Gen.ListOf(Gen.Choose(0, 99), word.Length)
         from prefix in Gen.Elements("", "well ", "honestly ", "the match was ")
         from suffix in Gen.Elements("", " today", ".", "!!", " at sports day")
         select (prefix + word + suffix, prefix + Disguise(word, swaps, invisible) + suffix))
        .ToArbitrary();

    private static string Disguise(string word, List<int> swaps, List<int> invisible)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            builder.Append(swaps[i] < 50 && LookAlikes.TryGetValue(c, out var options) ? options[swaps[i] % options.Length] : c.ToString());
            if (i < word.Length - 1 && invisible[i] < 30)
            {
                builder.Append(Invisible[invisible[i] % Invisible.Length]);
            }
        }

        return builder.ToString();
    }
}
