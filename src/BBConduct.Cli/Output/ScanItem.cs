using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>A record to screen, or (when resuming) a record whose result an earlier run already wrote.</summary>
internal sealed record ScanItem(InputRecord Record, ScreeningResult? Previous);
