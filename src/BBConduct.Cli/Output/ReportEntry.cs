using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Output;

/// <summary>One post kept for the report's list of the worst posts.</summary>
internal sealed record ReportEntry(long Index, string Location, Post? Post, ScreeningResult Result);
