using System.Collections.Concurrent;
using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>
/// Screens items on every core and hands the results back in input order. A reader thread parses the next
/// batches while the cores screen the current one; at most <see cref="QueuedBatches"/> batches wait, so memory
/// holds a constant number of posts and results whatever the input size.
/// </summary>
internal static class ScanPipeline
{
    private const int BatchSize = 512;
    private const int QueuedBatches = 4;

    public static IEnumerable<(T Item, ScreeningResult Result)> Screen<T>(IEnumerable<T> items, Func<T, ScreeningResult> screen, int maxThreads)
    {
        using var queue = new BlockingCollection<List<T>>(QueuedBatches);
        using var cancel = new CancellationTokenSource();
        Exception? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                foreach (var item in items)
                {
                    if (cancel.IsCancellationRequested)
                    {
                        break;
                    }

                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        queue.Add(batch, cancel.Token);
                        batch = new List<T>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    queue.Add(batch, cancel.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "bbconduct-reader" };
        reader.Start();

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads) };
        var results = new ScreeningResult[BatchSize];
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                if (options.MaxDegreeOfParallelism == 1 || batch.Count < 8)
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        results[i] = screen(batch[i]);
                    }
                }
                else
                {
                    Parallel.For(0, batch.Count, options, i => results[i] = screen(batch[i]));
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    yield return (batch[i], results[i]);
                    results[i] = null!;
                }
            }
        }
        finally
        {
            // The consumer stopped early (resume tests, Ctrl-C): let the reader finish rather than block on a full queue.
            cancel.Cancel();
            reader.Join();
        }

        if (failure is not null)
        {
            throw new InvalidOperationException("Reading the inputs failed.", failure);
        }
    }
}
