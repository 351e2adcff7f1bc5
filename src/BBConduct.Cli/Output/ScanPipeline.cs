using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Output;

/// <summary>
/// Screens items on every core and hands the results back in input order, each with its result line already
/// serialised. A reader thread cuts the input into batches; each screening thread takes a whole batch, screens it
/// and writes its result lines into the batch's own buffer, so the caller only copies finished bytes and the cores
/// never wait for one another inside a batch. Batches come from a fixed pool, so memory holds a constant number
/// of posts and results whatever the input size.
/// </summary>
internal static class ScanPipeline
{
    private const int BatchSize = 256;

    /// <summary>Screens <paramref name="items"/> on up to <paramref name="maxThreads"/> threads.</summary>
    /// <param name="items">The items, read on a thread of their own.</param>
    /// <param name="screen">Screens one item; runs on a screening thread.</param>
    /// <param name="writeLine">Whether an item's result is serialised (an item resumed from an earlier run is not).</param>
    /// <param name="maxThreads">The number of screening threads.</param>
    /// <returns>Every item with its result and its result line (JSON and a newline; empty when not written), in input order.</returns>
    public static IEnumerable<(T Item, ScreeningResult Result, ReadOnlyMemory<byte> Line)> Screen<T>(
        IEnumerable<T> items, Func<T, ScreeningResult> screen, Func<T, bool> writeLine, int maxThreads)
    {
        var threads = Math.Max(1, maxThreads);
        var batches = Enumerable.Range(0, (threads * 2) + 2).Select(_ => new Batch<T>()).ToList();
        using var pool = new BlockingCollection<Batch<T>>(new ConcurrentQueue<Batch<T>>(batches));
        using var work = new BlockingCollection<Batch<T>>();
        using var order = new BlockingCollection<Batch<T>>();
        using var cancel = new CancellationTokenSource();
        Exception? readFailure = null;

        var reader = new Thread(() => readFailure = Read(items, pool, work, order, cancel.Token)) { IsBackground = true, Name = "bbconduct-reader" };
        var workers = Enumerable.Range(0, threads)
            .Select(n => new Thread(() => Work(work, screen, writeLine, cancel.Token)) { IsBackground = true, Name = $"bbconduct-screen-{n + 1}" })
            .ToList();
        reader.Start();
        workers.ForEach(w => w.Start());
        try
        {
            foreach (var batch in order.GetConsumingEnumerable())
            {
                batch.Done.Wait();
                if (batch.Failure is { } failure)
                {
                    throw new InvalidOperationException("Screening a batch of records failed.", failure);
                }

                var lines = batch.Lines.WrittenMemory;
                var start = 0;
                for (var i = 0; i < batch.Items.Count; i++)
                {
                    var end = batch.LineEnds[i];
                    yield return (batch.Items[i], batch.Results[i], lines[start..end]);
                    start = end;
                }

                batch.Clear();
                pool.Add(batch);
            }
        }
        finally
        {
            // The consumer stopped early (resume tests, Ctrl-C) or failed: stop the reader and the screening threads.
            cancel.Cancel();
            reader.Join();
            workers.ForEach(w => w.Join());
            batches.ForEach(b => b.Done.Dispose());
        }

        if (readFailure is not null)
        {
            throw new InvalidOperationException("Reading the inputs failed.", readFailure);
        }
    }

    private static Exception? Read<T>(IEnumerable<T> items, BlockingCollection<Batch<T>> pool, BlockingCollection<Batch<T>> work, BlockingCollection<Batch<T>> order, CancellationToken cancel)
    {
        Batch<T>? batch = null;
        try
        {
            foreach (var item in items)
            {
                batch ??= pool.Take(cancel);
                batch.Items.Add(item);
                if (batch.Items.Count == BatchSize)
                {
                    Submit(batch, work, order);
                    batch = null;
                }
            }

            return null;
        }
        catch (OperationCanceledException)
        {
            batch = null;
            return null;
        }
        catch (Exception ex)
        {
            // The items read before the failure still get their results.
            return ex;
        }
        finally
        {
            if (batch is not null)
            {
                Submit(batch, work, order);
            }

            order.CompleteAdding();
            work.CompleteAdding();
        }
    }

    private static void Submit<T>(Batch<T> batch, BlockingCollection<Batch<T>> work, BlockingCollection<Batch<T>> order)
    {
        // In order first, so the consumer waits for batches in the sequence they were read.
        order.Add(batch);
        work.Add(batch);
    }

    private static void Work<T>(BlockingCollection<Batch<T>> work, Func<T, ScreeningResult> screen, Func<T, bool> writeLine, CancellationToken cancel)
    {
        Utf8JsonWriter? json = null;
        try
        {
            foreach (var batch in work.GetConsumingEnumerable(cancel))
            {
                try
                {
                    if (json is null)
                    {
                        json = ResultJson.CreateWriter(batch.Lines);
                    }
                    else
                    {
                        json.Reset(batch.Lines);
                    }

                    for (var i = 0; i < batch.Items.Count; i++)
                    {
                        var item = batch.Items[i];
                        var result = screen(item);
                        batch.Results[i] = result;
                        if (writeLine(item))
                        {
                            ResultJson.Write(json, result);
                            json.Flush();
                            json.Reset();
                            batch.Lines.GetSpan(1)[0] = (byte)'\n';
                            batch.Lines.Advance(1);
                        }

                        batch.LineEnds[i] = batch.Lines.WrittenCount;
                    }
                }
                catch (Exception ex)
                {
                    batch.Failure = ex;
                }
                finally
                {
                    batch.Done.Set();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            json?.Dispose();
        }
    }

    /// <summary>A batch of items with their results and serialised result lines; reused once the consumer has them.</summary>
    private sealed class Batch<T>
    {
        public List<T> Items { get; } = new(BatchSize);

        public ScreeningResult[] Results { get; } = new ScreeningResult[BatchSize];

        /// <summary>Where each item's line ends in <see cref="Lines"/>.</summary>
        public int[] LineEnds { get; } = new int[BatchSize];

        public ArrayBufferWriter<byte> Lines { get; } = new(BatchSize * 256);

        public ManualResetEventSlim Done { get; } = new();

        public Exception? Failure { get; set; }

        public void Clear()
        {
            Items.Clear();
            Array.Clear(Results);
            Lines.ResetWrittenCount();
            Done.Reset();
            Failure = null;
        }
    }
}
