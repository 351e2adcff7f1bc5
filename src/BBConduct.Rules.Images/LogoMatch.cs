namespace BBConduct.Rules.Images;

/// <summary>An image that matched one of the School's reference logos.</summary>
/// <param name="LogoName">The name of the reference image (its file name).</param>
/// <param name="Distance">How many of the 126 hash bits differ from the closest variant of the reference; lower is closer.</param>
public sealed record LogoMatch(string LogoName, int Distance);
