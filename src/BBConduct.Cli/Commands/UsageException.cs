namespace BBConduct.Cli.Commands;

/// <summary>A command line or input file that cannot be used: exit status 2 with this message.</summary>
internal sealed class UsageException(string message) : Exception(message);
