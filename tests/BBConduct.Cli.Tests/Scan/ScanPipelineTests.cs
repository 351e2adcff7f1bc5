using System.Text;
using BBConduct.Cli.Output;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanPipelineTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 255)]
    [InlineData(2, 257)]
    [InlineData(3, 5_000)]
    public void Every_item_comes_back_once_in_input_order_with_its_own_serialised_line(int threads, int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"p{i}").ToList();

        // Uneven work per item, so batches finish out of order on several threads.
        var output = ScanPipeline.Screen(ids, id => { Thread.SpinWait(id.Length * 50); return ScreeningResult.Failed(id, new ScreeningError("x", id)); }, _ => true, threads)
            .Select(r => (r.Item, r.Result.Id, Line: Encoding.UTF8.GetString(r.Line.Span)))
            .ToList();

        Assert.Equal(ids, output.Select(o => o.Item));
        Assert.Equal(ids, output.Select(o => o.Id));
        Assert.All(output, o => Assert.Equal(ResultJson.Serialize(ScreeningResult.Failed(o.Item, new ScreeningError("x", o.Item))) + "\n", o.Line));
    }

    [Fact]
    public void An_item_whose_line_is_not_wanted_gets_an_empty_line_and_the_next_line_is_intact()
    {
        var output = ScanPipeline.Screen(["a", "b", "c"], id => ScreeningResult.Failed(id, new ScreeningError("x", id)), id => id != "b", 2).ToList();

        Assert.True(output[1].Line.IsEmpty);
        Assert.StartsWith("{\"id\":\"c\"", Encoding.UTF8.GetString(output[2].Line.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Stopping_early_returns_without_reading_the_whole_input()
    {
        var read = 0;
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                read = i;
                yield return i;
            }
        }

        var firstTen = ScanPipeline.Screen(Endless(), i => ScreeningResult.Failed($"{i}", new ScreeningError("x", "y")), _ => true, 2).Take(10).ToList();

        Assert.Equal(10, firstTen.Count);
        Assert.True(read < 100_000, $"the reader went on to item {read}");
    }

    [Fact]
    public void A_screening_failure_surfaces_to_the_caller_instead_of_hanging()
    {
        var items = Enumerable.Range(0, 2_000);

        var error = Assert.Throws<InvalidOperationException>(() =>
            ScanPipeline.Screen(items, i => i == 1_500 ? throw new FormatException("boom") : ScreeningResult.Failed($"{i}", new ScreeningError("x", "y")), _ => true, 2).Count());

        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void A_reading_failure_surfaces_after_the_items_read_before_it()
    {
        IEnumerable<int> Broken()
        {
            yield return 1;
            yield return 2;
            throw new IOException("disk");
        }

        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var (item, _, _) in ScanPipeline.Screen(Broken(), i => ScreeningResult.Failed($"{i}", new ScreeningError("x", "y")), _ => true, 2))
            {
                seen.Add(item);
            }
        });

        Assert.Equal([1, 2], seen);
        Assert.IsType<IOException>(error.InnerException);
    }
}
