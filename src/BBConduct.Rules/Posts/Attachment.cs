namespace BBConduct.Rules.Posts;

/// <summary>A file attached to a post, such as a photo.</summary>
/// <param name="Path">The file's path as the export names it (resolved by the reader, never opened by the rules library).</param>
/// <param name="MediaType">The media type, for example <c>image/png</c>, if known.</param>
/// <param name="AltText">The alternative text, which is screened like the post's text.</param>
public sealed record Attachment(string Path, string? MediaType = null, string? AltText = null);
