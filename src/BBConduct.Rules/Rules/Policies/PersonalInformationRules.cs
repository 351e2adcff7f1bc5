using BBConduct.Rules.Findings;

namespace BBConduct.Rules.Rules.Policies;

/// <summary>Policy 1.1 (anything posted is available to anyone) and 2.3 "careful about personal information".</summary>
internal static class PersonalInformationRules
{
    public static IEnumerable<PolicyRule> Create()
    {
        // Personal details matter where a post is public (policy 1.1: "available to anyone in the world"): not in a
        // private message, and not the office numbers the School's own platform publishes on purpose.
        yield return new PolicyRule(
            "personal-info.phone",
            Category.PersonalInformation,
            Detect.When(PostConditions.IsPublicPersonal, Detect.Pattern(Patterns.UkPhone(), Patterns.MayHoldPhone, "phone number")),
            "Shares a phone number publicly. Phone numbers, especially students', should not be posted online.");
        yield return new PolicyRule(
            "personal-info.email",
            Category.PersonalInformation,
            Detect.When(PostConditions.IsPublicPersonal, Detect.Pattern(Patterns.Email(), Patterns.MayHoldEmail, "e-mail address")),
            "Shares an e-mail address publicly.");
        yield return new PolicyRule(
            "personal-info.address",
            Category.PersonalInformation,
            Detect.When(PostConditions.IsPublicPersonal, Detect.AnyOf(Detect.Pattern(Patterns.StreetAddress(), Patterns.MayHoldAddress, "home address"), Detect.Pattern(Patterns.Postcode(), Patterns.MayHoldPostcode, "postcode"))),
            "Shares a home address or postcode publicly.");
        yield return new PolicyRule(
            "personal-info.date-of-birth",
            Category.PersonalInformation,
            Detect.When(p => p.Channel != Posts.Channel.Direct, Detect.Pattern(Patterns.DateOfBirth(), Patterns.MayHoldDateOfBirth, "date of birth")),
            "Shares a date of birth publicly.");
        yield return new PolicyRule(
            "personal-info.contact-handle",
            Category.PersonalInformation,
            Detect.When(PostConditions.IsPublicPersonal, Detect.Pattern(Patterns.ContactHandle(), Patterns.MayHoldHandle, "contact handle")),
            "Offers a personal account or number for contact in public.");
    }
}
