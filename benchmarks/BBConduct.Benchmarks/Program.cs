using BenchmarkDotNet.Running;
using BBConduct.Benchmarks.Commands;
using BBConduct.Benchmarks.Infrastructure;

// dotnet run -c Release --project benchmarks/BBConduct.Benchmarks -- [--quick] [BenchmarkDotNet options, e.g. --filter '*Lexicon*']
//   report          turns the latest results into docs/performance.md and docs/performance-lexicon.png
//   generate-posts  writes a JSONL file of posts built from the shared data sets
//   scan-threads    times `bbconduct scan` on one thread and on every core
//   check-baselines counts what each lexicon matcher finds, to show the baselines do the same work
//   profile-rules   a rough per-rule split of the time per post, to decide what to optimise
//   profile-scan    a rough split of bbconduct scan's stages (parse, screen on 1 and N threads, write)
//   scaling-interleaved  the 10,000-vs-100-term ratio with sizes timed in turn, robust to load drift
//   time-rules      the fastest of N rounds of the throughput loops, for timing two builds in turn
//   compare-builds  two builds of the library timed in turn in one process (--base DIR), robust to load drift
//   dump-results    screens the data sets and random texts in several contexts, one JSON line per result (diff before/after)
return args.FirstOrDefault() switch
{
    "report" => ReportCommand.Run(args[1..]),
    "generate-posts" => GeneratePostsCommand.Run(args[1..]),
    "scan-threads" => ScanThreadsCommand.Run(args[1..]),
    "check-baselines" => CheckBaselinesCommand.Run(args[1..]),
    "profile-rules" => ProfileRulesCommand.Run(args[1..]),
    "profile-scan" => ProfileScanCommand.Run(args[1..]),
    "scaling-interleaved" => InterleavedScalingCommand.Run(args[1..]),
    "time-rules" => TimeRulesCommand.Run(args[1..]),
    "compare-builds" => CompareBuildsCommand.Run(args[1..]),
    "dump-results" => DumpResultsCommand.Run(args[1..]),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    // --quick is BenchmarkDotNet's short job (3 iterations) for checking a change; without a job option the
    // default job is the one the report is made from.
    var quick = args.Contains("--quick");
    var rest = args.Where(a => a != "--quick").ToList();
    var hasJob = rest.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
    if (quick && !hasJob)
    {
        rest.AddRange(["--job", "short"]);
    }

    var started = DateTimeOffset.UtcNow;
    var loadBefore = RunConditions.LoadAverage();
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run([.. rest], BenchConfig.Create(withDefaultJob: !quick && !hasJob));
    if (summaries.Any())
    {
        RunConditions.Write(loadBefore, RunConditions.LoadAverage(), started);
    }

    return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
}
