using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Screening;

namespace BBConduct.Cli.Output;

/// <summary>
/// Screens records on every core and hands the results back in input order. Records are taken in batches,
/// so memory holds at most one batch of posts and results whatever the input size.
/// </summary>
internal static class ScanPipeline
{
    private const int BatchSize = 512;

    public static IEnumerable<ScreeningResult> Screen(IConductScreener screener, IEnumerable<InputRecord> records, int maxThreads)
    {
        var batch = new List<InputRecord>(BatchSize);
        var results = new ScreeningResult[BatchSize];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads) };
        foreach (var record in records)
        {
            batch.Add(record);
            if (batch.Count == BatchSize)
            {
                foreach (var result in Flush(screener, batch, results, options))
                {
                    yield return result;
                }
            }
        }

        foreach (var result in Flush(screener, batch, results, options))
        {
            yield return result;
        }
    }

    private static IEnumerable<ScreeningResult> Flush(IConductScreener screener, List<InputRecord> batch, ScreeningResult[] results, ParallelOptions options)
    {
        if (batch.Count == 0)
        {
            yield break;
        }

        if (options.MaxDegreeOfParallelism == 1 || batch.Count < 8)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = ScreenOne(screener, batch[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, options, i => results[i] = ScreenOne(screener, batch[i]));
        }

        for (var i = 0; i < batch.Count; i++)
        {
            yield return results[i];
            results[i] = null!;
        }

        batch.Clear();
    }

    private static ScreeningResult ScreenOne(IConductScreener screener, InputRecord record) =>
        record.Post is { } post && record.Error is null
            ? screener.Screen(post)
            : ScreeningResult.Failed(record.Id, record.Error ?? new ScreeningError("unreadable", $"{record.Location}: the record could not be read."));
}
