using System.Diagnostics;

namespace BBConduct.Benchmarks.Infrastructure;

/// <summary>
/// Runs a benchmark body for two seconds before BenchmarkDotNet's own warm-up. The whole engine runs hundreds of
/// methods; on two busy cores tiered compilation was still replacing them during the measured iterations (the
/// engine's first five iterations fell from 52 to 34 µs a post), which BenchmarkDotNet's three 250 ms warm-ups do not
/// cover. The command-line timers (<c>time-rules</c>, <c>scaling-interleaved</c>) warm up the same way.
/// </summary>
internal static class TieredWarmUp
{
    public static void Run(params Action[] bodies)
    {
        foreach (var body in bodies)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < 2)
            {
                body();
            }
        }
    }
}
