using System.Text;
using System.Text.RegularExpressions;
using BBConduct.Rules.Rules.Policies;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>
/// The cheap tests that decide whether a pattern runs at all must never turn away a text the pattern matches,
/// and never let through one the test they replaced turned away (a post with no ASCII digit and no "address" or
/// "live" was never searched for an address, so it must not be now).
/// </summary>
public sealed class PatternGateTests
{
    // Pieces of each pattern and their near misses (Unicode digits and spaces, the Kelvin sign that the patterns' (?i)
    // reads as 'k', separators), so that random joins of them match often and miss narrowly.
    private static readonly string[] Noise = [" ", " ", "  ", "\t", "\n", "\u00A0", "\u0663", "\u212A", "x", "B", ",", "-", ":", "."];

    private static readonly Dictionary<string, string[]> Pieces = new()
    {
        ["address"] = ["0", "7 ", "12", "2a", "1782 ", " ", "Meadow ", "Church", " Lane", "St", " road", "ROAD", "my ", "My", "home ", "address ", "is", "I ", "she", "live", "lives ", "at", "Live", "14 ", "Lane", "Close"],
        ["postcode"] = ["0", "9", "ST11", "M1", "SW1A", "9BS", "1AA", "1ae", "B", "Z", "Q", "C", "AB"],
        ["phone"] = ["0", "7", "12", "900", "1782", "+44", "(0)", "(", ")", "07700"],
        ["date-of-birth"] = ["DOB", "d.o.b", "d.o.", "b", "born", "on", "birthday", "is", "'s", "bday", "date of birth", "3rd", "12", "03/05/2010", "/", "March", "may", "2010", "of", "the"],
        ["handle"] =
        [
            "my", "My", "MY", "me", "on", "ON", "is", "=", "@", "snap", "SnapChat", "insta", "IG", "tik", "tok", "TikTok", "kik", "discord", "whatsapp",
            "number", "mobile", "personal", "phone", "add", "follow", "jess_x", "07700", "\u212Aik", "tikto\u212A", "me on ", "add me on ", "my ", " tok", ": ", "whatsapp", "telegram",
        ],
    };

    public static TheoryData<string> Gates() => ["address", "postcode", "phone", "date-of-birth", "handle"];

    [Theory]
    [MemberData(nameof(Gates))]
    public void A_gate_lets_through_every_text_its_pattern_matches_and_nothing_the_old_test_turned_away(string name)
    {
        var (pattern, gate, oldGate) = Gate(name);
        var random = new Random(20261125);
        var text = new StringBuilder();
        var matched = 0;
        for (var n = 0; n < 40_000; n++)
        {
            text.Clear();
            var pieces = random.Next(1, 14);
            for (var k = 0; k < pieces; k++)
            {
                var from = random.Next(3) == 0 ? Noise : Pieces[name];
                text.Append(from[random.Next(from.Length)]);
            }

            var s = text.ToString();
            var matches = pattern.IsMatch(s);
            matched += matches ? 1 : 0;
            Assert.True(!matches || !oldGate(s) || gate(s), $"{name}: the gate turned away a text the pattern matches: \"{s}\"");
            Assert.True(oldGate(s) || !gate(s), $"{name}: the gate let through a text the old test turned away: \"{s}\"");
        }

        // Enough texts match for the property to mean something.
        Assert.True(matched > 100, $"{name}: only {matched} texts matched");
    }

    private static (Regex Pattern, Func<string, bool> Gate, Func<string, bool> OldGate) Gate(string name)
    {
        static bool AnyDigit(string s) => s.AsSpan().IndexOfAny(Patterns.Digits) >= 0;
        return name switch
        {
            "address" => (Patterns.StreetAddress(), Patterns.MayHoldAddress, s => AnyDigit(s) || s.Contains("address", StringComparison.OrdinalIgnoreCase) || s.Contains("live", StringComparison.OrdinalIgnoreCase)),
            "postcode" => (Patterns.Postcode(), Patterns.MayHoldPostcode, AnyDigit),
            "phone" => (Patterns.UkPhone(), Patterns.MayHoldPhone, AnyDigit),
            "date-of-birth" => (Patterns.DateOfBirth(), Patterns.MayHoldDateOfBirth, AnyDigit),
            "handle" => (Patterns.ContactHandle(), Patterns.MayHoldHandle, OldHandleGate),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    private static bool OldHandleGate(string s) =>
        new[] { "snap", "insta", "ig", "tik", "discord", "kik", "telegram", "whatsapp", "number", "mobile", "phone" }.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase));
}
