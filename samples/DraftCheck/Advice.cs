namespace BBConduct.DraftCheck;

/// <summary>What to do instead of a finding, in the words the Code of Conduct uses, and who to talk to.</summary>
/// <param name="Instead">A plain-English suggestion for the writer.</param>
/// <param name="Contact">Who to contact, or <see langword="null"/> when the finding's escalation says it (or it is the writer's to fix).</param>
internal sealed record Advice(string Instead, string? Contact);
