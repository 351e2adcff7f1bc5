using System.Collections;
using System.Reflection;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Registries;
using BBConduct.Rules.Screening;
using BBConduct.Rules.Serialization;
using SharpFuzz;

namespace BBConduct.Fuzz;

/// <summary>
/// afl-fuzz targets. Each reads the fuzzer's bytes and throws only when an invariant breaks; an uncaught exception
/// is what afl records as a crash. Run through fuzz/run.sh, which instruments BBConduct.Rules and bbconduct first.
/// </summary>
internal static class Program
{
    private static readonly string[] Targets = ["screen", "postjson", "policy", "people", "jsonl", "csv", "facebook"];

    public static int Main(string[] args)
    {
        if (args.Length < 1 || Array.IndexOf(Targets, args[0]) < 0)
        {
            Console.Error.WriteLine($"usage: BBConduct.Fuzz <{string.Join('|', Targets)}> [< FILE]   (with a FILE on standard input and no afl: run it once)");
            return 2;
        }

        Action<Stream> target = args[0] switch
        {
            "screen" => Screen,
            "postjson" => PostJsonTarget,
            "policy" => PolicyTarget,
            "people" => People,
            "jsonl" => s => Reader("BBConduct.Cli.Input.JsonLinesReader", s),
            "csv" => s => Reader("BBConduct.Cli.Input.CsvReader", s),
            _ => s => Reader("BBConduct.Cli.Input.FacebookReader", s),
        };

        // Without afl (no __AFL_SHM_ID) SharpFuzz runs the target once on standard input: that is how a crash is replayed.
        // Everything instrumented must run inside Run, after SharpFuzz has mapped the coverage memory.
        Fuzzer.OutOfProcess.Run(target);
        return 0;
    }

    private static ConductScreener Screener => LazyScreener.Value;

    private static readonly Lazy<ConductScreener> LazyScreener = new(ConductScreener.CreateDefault);

    /// <summary>The bytes as UTF-16 code units, so lone surrogates and every BMP character are reachable.</summary>
    private static void Screen(Stream stream)
    {
        var bytes = ReadAll(stream);
        var chars = new char[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, chars, 0, chars.Length * 2);
        var text = new string(chars);
        var result = Screener.Screen(text);
        if (result.Error is not null)
        {
            throw new InvalidOperationException($"Screen failed: {result.Error.Code} {result.Error.Message}");
        }

        var last = -1;
        var worst = Verdict.Allow;
        foreach (var f in result.Findings)
        {
            if (f.Start < 0 || f.Length < 0 || f.Start + f.Length > text.Length || f.Excerpt != text.Substring(f.Start, f.Length))
            {
                throw new InvalidOperationException($"span {f.Start}+{f.Length} outside a text of {text.Length} or excerpt differs ({f.RuleId})");
            }

            if (f.Start < last)
            {
                throw new InvalidOperationException("findings are not sorted by position");
            }

            last = f.Start;
            worst = (Verdict)Math.Max((int)worst, (int)f.Severity);
        }

        if (result.Verdict != worst)
        {
            throw new InvalidOperationException($"verdict {result.Verdict} is not the worst severity {worst}");
        }
    }

    private static void PostJsonTarget(Stream stream)
    {
        var bytes = ReadAll(stream);
        if (PostJson.TryParse(bytes, "fuzz:1", "1", out var post, out var error) == (error is not null))
        {
            throw new InvalidOperationException("TryParse returned true with an error or false without one");
        }

        if (post is not null && error is null)
        {
            _ = Screener.Screen(post);
        }
    }

    private static void PolicyTarget(Stream stream)
    {
        try
        {
            var policy = ConductPolicy.Load(stream, "fuzz.json");
            using var screener = ConductScreener.CreateBuilder().WithPolicy(policy).Build();
            _ = screener.Screen("You are an idiot, Mr Okafor. kys");
        }
        catch (PolicyException)
        {
            // The only refusal the loader may give.
        }
    }

    private static void People(Stream stream)
    {
        try
        {
            var people = PeopleRegistry.Load(stream, "fuzz.csv");
            using var screener = ConductScreener.CreateBuilder().WithPeople(people).Build();
            _ = screener.Screen("Mr Okafor is a liar");
        }
        catch (PolicyException)
        {
        }
    }

    private static readonly Assembly Cli = Assembly.Load("bbconduct");

    /// <summary>The CLI's readers are internal; reflection reaches them without widening the CLI's surface for a fuzzer.</summary>
    private static void Reader(string typeName, Stream stream)
    {
        var type = Cli.GetType(typeName, throwOnError: true)!;
        var reader = type.GetConstructors()[0].GetParameters().Length == 1
            ? Activator.CreateInstance(type, Activator.CreateInstance(Cli.GetType("BBConduct.Cli.Input.CsvColumns", throwOnError: true)!))!
            : Activator.CreateInstance(type)!;
        var records = (IEnumerable)type.GetMethod("Read")!.Invoke(reader, [stream, "fuzz"])!;
        foreach (var record in records)
        {
            _ = record;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
