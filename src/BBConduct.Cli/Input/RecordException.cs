namespace BBConduct.Cli.Input;

/// <summary>A record that is well-formed but cannot be a post; the message names the location, never the content.</summary>
internal sealed class RecordException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
