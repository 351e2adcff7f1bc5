namespace BBConduct.Benchmarks.Commands;

internal static class ScanThreadsCommand
{
    public static int Run(string[] args) => args.Length;
}
