namespace BBConduct.Rules.Posts;

/// <summary>The author or a recipient of a post.</summary>
/// <param name="Name">The display name, if known. Never logged.</param>
/// <param name="Role">The person's relation to the School.</param>
public sealed record Person(string? Name = null, Role Role = Role.Other);
