namespace BBConduct.Rules.Findings;

/// <summary>How serious a finding is, lowest first.</summary>
public enum Severity
{
    /// <summary>Tell the author.</summary>
    Advise = 1,

    /// <summary>A person should look before it is published.</summary>
    Review = 2,

    /// <summary>Do not publish.</summary>
    Block = 3,
}
