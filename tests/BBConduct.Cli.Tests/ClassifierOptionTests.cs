using System.Text;
using System.Text.Json;

namespace BBConduct.Cli.Tests;

/// <summary>The toxicity classifier is on by default in the CLI and off with --no-model.</summary>
public sealed class ClassifierOptionTests
{
    private static List<JsonElement> Check(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var text = new StringWriter();
        Program.Run(["check", .. args, "--json"], stdout, text, TextWriter.Null);
        return [.. JsonDocument.Parse(text.ToString()).RootElement.GetProperty("findings").EnumerateArray()];
    }

    [Fact]
    public void Check_adds_classifier_findings_with_a_probability_by_default()
    {
        var findings = Check("you are a worthless pathetic waste of space and everyone hates you");

        var model = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "ml.toxicity" && f.GetProperty("category").GetString() == "Harassment");
        var score = model.GetProperty("score").GetDouble();
        Assert.InRange(score, 0.0, 1.0);
    }

    [Fact]
    public void No_model_leaves_only_rule_findings_with_null_scores()
    {
        var findings = Check("you are a worthless pathetic waste of space and everyone hates you", "--no-model");

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(JsonValueKind.Null, f.GetProperty("score").ValueKind));
    }

    [Fact]
    public void Model_and_no_model_together_is_a_usage_error()
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = Program.Run(["check", "hello", "--no-model", "--model", "x.zip"], stdout, TextWriter.Null, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--no-model", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("high")]
    public void Model_threshold_outside_zero_to_one_is_a_usage_error(string threshold)
    {
        using var stderr = new StringWriter();

        var exit = Program.Run(["check", "hello", "--model-threshold", threshold], new MemoryStream(), TextWriter.Null, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("--model-threshold", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lower_model_threshold_reports_more_of_the_classifier()
    {
        const string Text = "you lot are a bit rubbish at this";

        var strict = Check(Text, "--model-threshold", "0.99");
        var lenient = Check(Text, "--model-threshold", "0.01");

        Assert.DoesNotContain(strict, f => f.GetProperty("rule").GetString() == "ml.toxicity");
        Assert.Contains(lenient, f => f.GetProperty("rule").GetString() == "ml.toxicity");
    }

    [Fact]
    public void Unreadable_model_file_is_a_usage_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-a-model-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("definitely not a model"));
        try
        {
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();

            var exit = Program.Run(["check", "hello", "--model", path], stdout, TextWriter.Null, stderr);

            Assert.Equal(2, exit);
            Assert.Contains(path, stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
