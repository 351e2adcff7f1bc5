using System.Text.Json.Serialization;
using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Policy;

/// <summary>The JSON shape of a policy file (camelCase). Validated and turned into a <see cref="ConductPolicy"/> by <see cref="PolicyLoader"/>.</summary>
internal sealed class PolicyDocument
{
    public string? Name { get; set; }

    /// <summary>"default" to start from the embedded policy and change only what the file says.</summary>
    public string? Extends { get; set; }

    public Dictionary<Category, CategoryDocument>? Categories { get; set; }

    public Dictionary<string, RuleDocument>? Rules { get; set; }

    public Dictionary<string, LexiconDocument>? Lexicons { get; set; }

    /// <summary>The opt-in escape hatch: raw regular expressions by rule id.</summary>
    public Dictionary<string, PatternDocument>? Patterns { get; set; }
}

internal sealed class PatternDocument
{
    public Category? Category { get; set; }

    public string? Pattern { get; set; }

    public Severity? Severity { get; set; }

    public string? Message { get; set; }
}

internal sealed class CategoryDocument
{
    public Severity? Severity { get; set; }

    public string? Clause { get; set; }

    public string? EscalateTo { get; set; }

    public string? Message { get; set; }
}

internal sealed class RuleDocument
{
    public bool? Enabled { get; set; }

    public Severity? Severity { get; set; }

    public string? Message { get; set; }
}

internal sealed class LexiconDocument
{
    /// <summary>Replaces the lexicon's terms.</summary>
    public List<string>? Terms { get; set; }

    /// <summary>Adds terms to the inherited lexicon.</summary>
    public List<string>? Add { get; set; }

    /// <summary>Removes terms from the inherited lexicon.</summary>
    public List<string>? Remove { get; set; }

    public bool? Inflect { get; set; }

    public string? Detail { get; set; }

    public bool? Typos { get; set; }

    /// <summary>Replaces the lexicon's typo exceptions.</summary>
    public List<string>? TypoExceptions { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    MaxDepth = 16,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PolicyDocument))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
