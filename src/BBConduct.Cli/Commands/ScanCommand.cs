using BBConduct.Cli.Input;
using BBConduct.Cli.Output;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Images;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Commands;

/// <summary>
/// <c>bbconduct scan INPUT…</c>: streams every record of files, folders and .zip archives through the engine on
/// every core and writes one result line per record, in input order, failures included. Optionally resumes an
/// interrupted run, writes an HTML report and a §2.4 evidence log, and filters findings by severity and category.
/// </summary>
internal static class ScanCommand
{
    private static readonly string[] OptionNames =
    [
        "people", "policy", "format", "out", "threads", "report", "evidence", "min-severity", "category", "logo", "author-role", "progress",
        "text-column", "id-column", "author-column", "role-column", "channel-column", "date-column", "url-column", "attachments-column",
    ];

    public static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr) => Run(args, stdout, stderr, stopAfter: null);

    /// <summary>Runs the scan; <paramref name="stopAfter"/> simulates a crash after that many new results (tests of <c>--resume</c>).</summary>
    internal static int Run(IReadOnlyList<string> args, Stream stdout, TextWriter stderr, long? stopAfter)
    {
        var parsed = Arguments.Parse(args, [.. OptionNames, ModelChoice.ModelOption, ModelChoice.ThresholdOption], ["resume", ModelChoice.NoModelFlag]);
        var model = ModelChoice.From(parsed);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("scan needs at least one INPUT file, folder or .zip archive.");
        }

        var format = InputFormats.Parse(parsed.Option("format") ?? "auto");
        var threads = parsed.Option("threads") is { } t
            ? int.TryParse(t, out var n) && n > 0 ? n : throw new UsageException("--threads must be a positive whole number.")
            : Environment.ProcessorCount;
        var filter = new FindingFilter(ParseSeverity(parsed.Option("min-severity")), ParseCategories(parsed.Options("category")));
        var defaultRole = parsed.Option("author-role") is { } role ? PostOptions.ParseRole(role, "author-role") : Role.Other;
        var outPath = parsed.Option("out");
        var resume = parsed.Flag("resume");
        if (resume && outPath is null)
        {
            throw new UsageException("--resume needs --out FILE: the results written so far are read back from it.");
        }

        var files = InputFormats.Expand(parsed.Positionals).ToList();
        var counters = new ScanCounters();
        foreach (var (file, fromFolder) in files)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"{file}: input file not found.");
            }

            counters.TotalBytes += new FileInfo(file).Length;
            if (!fromFolder)
            {
                _ = RecordSource.FormatOf(file, format);
            }
        }

        var columns = new CsvColumns
        {
            Text = parsed.Option("text-column"),
            Id = parsed.Option("id-column"),
            Author = parsed.Option("author-column"),
            Role = parsed.Option("role-column"),
            Channel = parsed.Option("channel-column"),
            Date = parsed.Option("date-column"),
            Url = parsed.Option("url-column"),
            Attachments = parsed.Option("attachments-column"),
        };

        using var screener = CreateScreener(parsed.Option("policy"), parsed.Option("people"), parsed.Options("logo"), model);
        var progressMode = parsed.Option("progress") ?? "auto";
        var terminal = progressMode == "bar" || (progressMode == "auto" && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);
        if (progressMode is not ("auto" or "bar" or "lines" or "none"))
        {
            throw new UsageException("--progress must be auto, bar, lines or none.");
        }

        var progress = new ScanProgress(stderr, counters, terminal, progressMode != "none");
        var report = parsed.Option("report") is { } reportPath ? (Path: reportPath, Report: new HtmlReport()) : default;
        using var evidence = parsed.Option("evidence") is { } evidencePath ? new EvidenceLog(evidencePath) : null;

        var done = resume ? ResumableOutput.Prepare(outPath!) : 0;
        using var output = outPath is null ? null : ResumableOutput.Open(outPath, resume);
        var sink = output ?? stdout;
        using var interrupt = new InterruptHandler();

        var records = new RecordSource(format, columns, counters).Read(files);
        var items = ResumableOutput.Pair(records, resume ? outPath : null, done);
        var worst = Verdict.Allow;
        long count = 0, findings = 0, written = 0;
        var fatal = new List<string>();
        var screened = ScanPipeline.Screen(items, item => Screen(screener, item, filter, defaultRole), item => item.Previous is null, threads);
        foreach (var (item, result, line) in screened)
        {
            if (item.Previous is not null && !string.Equals(item.Previous.Id, IdOf(item.Record), StringComparison.Ordinal))
            {
                stderr.WriteLine($"bbconduct: {outPath}: result {count + 1} is for '{item.Previous.Id}' but the input's record {count + 1} is '{IdOf(item.Record)}'; the inputs changed since the interrupted run, so start again without --resume.");
                return 2;
            }

            if (item.Record.Fatal && fatal.Count < 20 && !fatal.Contains(item.Record.Error?.Message ?? item.Record.Location))
            {
                fatal.Add(item.Record.Error?.Message ?? item.Record.Location);
            }

            if (item.Previous is null)
            {
                if (stopAfter is { } limit && written == limit)
                {
                    // A crash in the middle of writing a line: half of it reaches the file.
                    sink.Write(line.Span[..(line.Length / 2)]);
                    sink.Flush();
                    return 130;
                }

                sink.Write(line.Span);
                written++;
            }

            report.Report?.Add(count, item.Record, result);
            evidence?.Add(item.Record, result);
            if (result.Verdict > worst)
            {
                worst = result.Verdict;
            }

            count++;
            findings += result.Findings.Count;
            progress.Update(count, findings);
            if (interrupt.Requested)
            {
                sink.Flush();
                progress.Finish(count, findings);
                stderr.WriteLine($"bbconduct: interrupted after {count} record(s); rerun with the same --out and --resume to continue.");
                return 130;
            }
        }

        sink.Flush();
        progress.Finish(count, findings);
        if (report.Report is not null)
        {
            report.Report.Write(report.Path, parsed.Positionals);
        }

        if (counters.SkippedFiles > 0)
        {
            stderr.WriteLine($"bbconduct: skipped {counters.SkippedFiles} file(s) in folders or archives whose format is not recognised (name them, or use --format).");
        }

        foreach (var message in fatal)
        {
            stderr.WriteLine($"bbconduct: {message}");
        }

        stderr.WriteLine($"bbconduct: screened {count} record(s){(done > 0 ? $" ({done} from the earlier run)" : string.Empty)}; {findings} finding(s); worst verdict: {ResultJson.Name(worst)}.");
        return fatal.Count > 0 ? 2 : worst >= Verdict.Review ? 1 : 0;
    }

    private static ScreeningResult Screen(ConductScreener screener, ScanItem item, FindingFilter filter, Role defaultRole)
    {
        item.Record = item.Record.Completed();
        if (item.Previous is not null)
        {
            return item.Previous;
        }

        var record = item.Record;
        if (record.Post is not { } post || record.Error is not null)
        {
            return ScreeningResult.Failed(record.Id, record.Error ?? new ScreeningError("unreadable", $"{record.Location}: the record could not be read."));
        }

        if (defaultRole != Role.Other && post.AuthorRole == Role.Other)
        {
            post = post with { Author = new Person(post.Author?.Name, defaultRole) };
        }

        return filter.Apply(screener.Screen(post));
    }

    private static string? IdOf(InputRecord record) => record.Post is { } post && record.Error is null ? post.Id : record.Id;

    private static ConductScreener CreateScreener(string? policyPath, string? peoplePath, IReadOnlyList<string> logos, ModelChoice model)
    {
        try
        {
            return ScreenerFactory.Create(
                policyPath,
                peoplePath,
                model,
                policy => logos.Count > 0 ? [new LogoImageRule(LogoRegistry.FromFiles(logos), policy, AttachmentPaths.Open)] : []);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"--logo: {ex.Message}");
        }
    }

    private static Severity ParseSeverity(string? text) => text?.ToLowerInvariant() switch
    {
        null or "advise" => Severity.Advise,
        "review" => Severity.Review,
        "block" => Severity.Block,
        _ => throw new UsageException($"--min-severity must be advise, review or block, not '{text}'."),
    };

    private static HashSet<Category>? ParseCategories(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var set = new HashSet<Category>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            set.Add(Enum.TryParse<Category>(name, ignoreCase: true, out var category) && Enum.IsDefined(category)
                ? category
                : throw new UsageException($"--category: '{name}' is not a category; use one of {string.Join(", ", Enum.GetNames<Category>())}."));
        }

        return set;
    }
}
