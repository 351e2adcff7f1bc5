using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Evaluation;

/// <summary>A post of a labelled suite with the categories a reviewer requires and those they would accept.</summary>
internal sealed record LabelledPost(Post Post, IReadOnlySet<Category> Expected, IReadOnlySet<Category> Allowed);
