using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>A record to screen, or (when resuming) a record whose result an earlier run already wrote.</summary>
/// <remarks>
/// The screening thread replaces <see cref="Record"/> with its completed form (parsed, attachments resolved); the
/// pipeline hands the item back only after that thread has finished with it.
/// </remarks>
internal sealed class ScanItem(InputRecord record, ScreeningResult? previous)
{
    public InputRecord Record { get; set; } = record;

    public ScreeningResult? Previous { get; } = previous;
}
