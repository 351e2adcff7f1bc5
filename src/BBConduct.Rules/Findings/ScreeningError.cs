namespace BBConduct.Rules.Findings;

/// <summary>Why a record could not be screened. The message names file, line and field but never repeats post content.</summary>
/// <param name="Code">A stable machine-readable code such as <c>malformed-json</c>.</param>
/// <param name="Message">A description for a person.</param>
public sealed record ScreeningError(string Code, string Message);
