using BBConduct.Cli.Commands;

namespace BBConduct.Cli;

/// <summary>The <c>bbconduct</c> command line: check, scan and evaluate.</summary>
internal static class Program
{
    private const string Usage = """
        bbconduct - screen posts against the School's Social Media Code of Conduct

        Usage:
          bbconduct check "TEXT" [--role R] [--channel C] [--recipient-role R]... [--people FILE] [--policy FILE] [--model FILE | --no-model] [--json]
          bbconduct scan INPUT... [--people FILE] [--policy FILE] [--format auto|jsonl|json|csv|text|facebook|instagram|twitter|wxr] [--out FILE [--resume]] [--report FILE.html] [--evidence FILE.csv] [--logo IMAGE]... [--min-severity S] [--category C]... [--author-role R] [--text-column NAME] [--id-column NAME] [--author-column NAME] [--date-column NAME] [--url-column NAME] [--progress auto|bar|lines|none] [--threads N] [--model FILE | --no-model]
          bbconduct evaluate [--labelled FILE --people FILE] [--holdout FILE --holdout-people FILE] [--hatecheck FILE] [--model FILE | --no-model] [--out FILE.md]
          bbconduct train --data FILE... --out MODEL [--seed N]   (labelled CSV text,toxic[,hate] or JSONL; see docs/model-card.md)

        The toxicity classifier runs by default as one more rule; --no-model turns it off, --model FILE uses a retrained one.

        Roles: staff, student, parent, partner, other. Channels: social, blog, comment, direct, school.
        Exit status: 0 when every verdict is allow or advise, 1 when any is review or block, 2 for a usage error
        or an unreadable input, policy or registry.
        """;

    public static int Main(string[] args) => Run(args, Console.OpenStandardOutput(), Console.Out, Console.Error);

    internal static int Run(string[] args, Stream stdoutStream, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, stdout),
                "scan" => ScanCommand.Run(rest, stdoutStream, stderr),
                "evaluate" => EvaluateCommand.Run(rest, stdout),
                "train" => TrainCommand.Run(rest, stdout),
                _ => throw new UsageException($"unknown command '{args[0]}'; use check, scan, evaluate or train."),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"bbconduct: {ex.Message}");
            return 2;
        }
    }
}
