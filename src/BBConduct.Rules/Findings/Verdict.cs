namespace BBConduct.Rules.Findings;

/// <summary>The outcome for a whole post: its highest finding's severity, or <see cref="Allow"/>.</summary>
public enum Verdict
{
    /// <summary>No findings: fine to publish.</summary>
    Allow = 0,

    /// <summary>The highest finding is advice for the author.</summary>
    Advise = Severity.Advise,

    /// <summary>A person should look before it is published.</summary>
    Review = Severity.Review,

    /// <summary>Do not publish.</summary>
    Block = Severity.Block,
}
