using System.Globalization;
using System.Text;

namespace BBConduct.Cli.Tests;

/// <summary>A School can retrain the classifier on its own labelled posts and use the model with --model.</summary>
public sealed class TrainCommandTests
{
    [Fact]
    public void Train_writes_a_model_that_check_loads_with_the_model_option()
    {
        var folder = Directory.CreateTempSubdirectory("bbconduct-train-");
        try
        {
            var data = Path.Combine(folder.FullName, "school.csv");
            var csv = new StringBuilder("text,toxic\n");
            string[] clean = ["Great match today", "Lovely assembly this morning", "Homework is on the portal", "See you at parents evening"];
            string[] abusive = ["you are a pathetic loser", "shut up you stupid idiot", "nobody likes you go away", "you worthless waste of space"];
            for (var i = 0; i < 120; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"\"{clean[i % clean.Length]} {i}\",false\n\"{abusive[i % abusive.Length]} {i}\",true\n");
            }

            File.WriteAllText(data, csv.ToString());
            var model = Path.Combine(folder.FullName, "school.bbmodel");
            using var trainOut = new StringWriter();

            var trained = Program.Run(["train", "--data", data, "--out", model], new MemoryStream(), trainOut, TextWriter.Null);

            Assert.Equal(0, trained);
            Assert.True(File.Exists(model));
            Assert.Contains("held-out test, head toxic", trainOut.ToString(), StringComparison.Ordinal);

            using var checkOut = new StringWriter();
            var checkedExit = Program.Run(["check", "you pathetic waste of space", "--model", model, "--json"], new MemoryStream(), checkOut, TextWriter.Null);
            Assert.Equal(1, checkedExit);
            Assert.Contains("\"rule\":\"ml.toxicity\"", checkOut.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Train_without_both_classes_is_a_usage_error()
    {
        var file = Path.Combine(Path.GetTempPath(), $"one-class-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "text,toxic\nhello,false\nhi,false\n");
        try
        {
            using var stderr = new StringWriter();

            var exit = Program.Run(["train", "--data", file, "--out", file + ".model"], new MemoryStream(), TextWriter.Null, stderr);

            Assert.Equal(2, exit);
            Assert.Contains("both toxic and clean", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
