namespace BBConduct.Rules.Findings;

/// <summary>The finding categories of the policy map; the names appear verbatim in JSON output and reports.</summary>
public enum Category
{
    /// <summary>Swearing, including disguised forms (policy 3(c)).</summary>
    Profanity,

    /// <summary>Insults aimed at a person, humiliation, cyber bullying (policy 1.1, 2.1).</summary>
    Harassment,

    /// <summary>Threats of violence and intimidation (policy 2.2, 3(c)).</summary>
    Threat,

    /// <summary>Offence against an Equality and Diversity strand (policy 1.1).</summary>
    EqualityOffence,

    /// <summary>Sexually explicit content (policy 1.1 "pornographic").</summary>
    Sexual,

    /// <summary>A factual-sounding allegation of wrongdoing about an identifiable person or the School (policy 1.1, 2.2).</summary>
    Defamation,

    /// <summary>Naming staff or partners whose consent is not on record (policy 1.2).</summary>
    UnconsentedReference,

    /// <summary>Use of the School's name, crest or marks as branding (policy 1.2).</summary>
    LogoMisuse,

    /// <summary>Phone numbers, addresses, dates of birth and other personal details (policy 1.1, 2.3).</summary>
    PersonalInformation,

    /// <summary>Staff and students as personal online contacts (policy 1.1, 3).</summary>
    Safeguarding,

    /// <summary>Disclosures of self-harm or suicidal thoughts (policy 3).</summary>
    Wellbeing,

    /// <summary>A personal blog post about the School without a "views are my own" disclaimer (policy 1.2).</summary>
    MissingDisclaimer,

    /// <summary>Reposted or uncited material (policy 1.2).</summary>
    Copyright,

    /// <summary>Press enquiries and staff speaking to the press (policy 4).</summary>
    MediaContact,

    /// <summary>Proprietary School information (policy 1.1).</summary>
    Confidential,

    /// <summary>Conduct that reflects negatively on the author or the School (policy 1.1).</summary>
    Reputation,
}
