namespace BBConduct.Rules.Rules.Policies;

/// <summary>The rules that enforce the policy map, one family per category.</summary>
internal static class DefaultRules
{
    /// <summary>Creates fresh rule instances (detectors are bound to one screener's policy).</summary>
    public static IEnumerable<PolicyRule> Create() =>
    [
        .. ProfanityRules.Create(),
        .. HarassmentRules.Create(),
        .. ThreatRules.Create(),
        .. EqualityRules.Create(),
        .. SexualRules.Create(),
        .. DefamationRules.Create(),
        .. ConsentRules.Create(),
        .. LogoRules.Create(),
        .. PersonalInformationRules.Create(),
        .. SafeguardingRules.Create(),
        .. WellbeingRules.Create(),
        .. DisclaimerRules.Create(),
        .. CopyrightRules.Create(),
        .. MediaContactRules.Create(),
        .. ConfidentialRules.Create(),
        .. ReputationRules.Create(),
    ];
}
