namespace BBConduct.Benchmarks.Commands;

internal static class ReportCommand
{
    public static int Run(string[] args) => args.Length;
}
