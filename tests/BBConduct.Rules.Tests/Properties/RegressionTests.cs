using System.Diagnostics;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Properties;

/// <summary>Inputs that the fuzzer and the properties found breaking the screener, kept so they stay fixed.</summary>
public sealed class RegressionTests
{
    private static readonly ConductScreener Screener = ConductScreener.CreateDefault();

    // afl-fuzz (fuzz/run.sh screen) inputs as UTF-16LE bytes: each made Screen fail with IndexOutOfRangeException
    // before ef77ddc (a masked word of 33 characters indexed past the mask-candidate table); 38 such crashes in 9 minutes.
    public static TheoryData<string> ScreenCrashes => new(
        "VAFy8goAAGH6HnMAgQAqAGQAdEgAADkAe/oPdwCAAA90SAFyHQoA/v4AOQBh+g93AIAAD3ROAXIdCgD+ADkAYTkAYfoPcwCAAA8AZAB0SAFyDQoA/gBkAHRICgD+ADkAcwCAACoAZAB0SAFyHQoA/gA5AGH6D3MAgCE=",
        "VAFy8goAAGH6HnMAgQAqAGQAdEgAADkAe/oPdwCAAA90SAFyHQoA/v4AOQBh+g93AIAAD3RIAXIdCgD+ADkAZAB0YfoPcwCAAA8AZAB0SAFyDQoA/gBkAHRIAXINCgD+ADjzcwCAACoAZAB0SAFyHQoA/gA5AGH6D3MAgCE=",
        "VAFy8goAAGH6HmYAgQAqAGQAdEgAADkAe/oPdwCAAA90SAFyHQoA/v4AOQCenp6enp6enp6enp6enp6eYfoPdwCAAA90SAFyHQoA/gA5AGH6D3MAgAAPAGQAdEgBcg0KAP4AZAB0SAFyDQoA/gA5AHMAgAAqAGQAdEgBch0KAP4AOQBh+g9zAIAh");

    [Theory]
    [MemberData(nameof(ScreenCrashes))]
    public void Fuzzer_crash_inputs_screen_without_error(string utf16Base64)
    {
        var bytes = Convert.FromBase64String(utf16Base64);
        var chars = new char[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, chars, 0, chars.Length * 2);

        var result = Screener.Screen(new string(chars));

        Assert.Null(result.Error);
    }

    [Fact]
    public void Negative_circled_letters_fold_like_negative_squared_ones()
    {
        // Found by the disguise property: U+1F150-1F169 have no compatibility decomposition, so NFKC tables miss them.
        Assert.Contains(Screener.Screen("dickhe\U0001F150d").Findings, f => f.Category == Category.Profanity);
        Assert.Contains(Screener.Screen("\U0001F155\U0001F164\U0001F152\U0001F15A").Findings, f => f.Category == Category.Profanity);
    }

    [Fact]
    public void Every_word_the_disguise_property_uses_is_found_on_its_own()
    {
        Assert.All(HostileInputs.LexiconWords, word => Assert.NotEmpty(Screener.Screen($"the match was {word} today").Findings));
    }

    [Fact]
    public void A_megabyte_of_repeated_swear_words_screens_in_seconds_not_minutes()
    {
        // FindingMerger compared every finding with every kept one: 149 s at 256 KB; the fix measured 0.9 s at 1 MB.
        var text = string.Concat(Enumerable.Repeat("sh1t ", 1024 * 1024 / 5));
        var watch = Stopwatch.StartNew();

        var result = Screener.Screen(text);

        Assert.Null(result.Error);
        Assert.True(result.Findings.Count > 200_000);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_long_post_of_titled_names_screens_in_time_linear_in_its_length()
    {
        // TitledNameDetector checked every lexicon hit for every "Mr X": 5 s at 256 KB of "sh1t Mr Okafor ", about 80 s at 1 MB.
        var text = string.Concat(Enumerable.Repeat("sh1t Mr Okafor ", 1024 * 1024 / 15));
        var watch = Stopwatch.StartNew();

        var result = Screener.Screen(text);

        Assert.Null(result.Error);
        Assert.Contains(result.Findings, f => f.RuleId == "consent.unregistered-staff");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:F1} s");
    }
}
