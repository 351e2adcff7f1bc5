using BBConduct.Rules.Findings;

namespace BBConduct.DraftCheck;

/// <summary>Advice per category, taken from the Social Media Code of Conduct's own guidance.</summary>
internal static class AdviceCatalog
{
    public static IReadOnlyDictionary<Category, Advice> All { get; } = new Dictionary<Category, Advice>
    {
        [Category.Profanity] = new("Say it without swearing: disguised spellings (f*ck, sh1t) count too.", null),
        [Category.Harassment] = new("Don't post it. If you are upset with someone, talk to them or to a member of staff; if you are being bullied, save the messages and report them.", "Your tutor or Head of Year, under the Anti-Bullying Policy"),
        [Category.Threat] = new("Don't post it: threatening messages can be a criminal offence. If you have been threatened, keep the evidence and tell a member of staff.", "Your tutor or Head of Year, under the Anti-Bullying Policy; the police where it is criminal"),
        [Category.EqualityOffence] = new("Remove it: no comment may offend anyone because of age, disability, gender or transgender status, race, religion or belief, sexual orientation or socio-economic group.", null),
        [Category.Sexual] = new("Don't send or post it. If someone has asked you for images or sent you something like this, tell a trusted adult.", "The Designated Safeguarding Lead"),
        [Category.Defamation] = new("Don't make allegations online: raise the concern privately through the School's complaints procedure.", null),
        [Category.UnconsentedReference] = new("Ask the person for their express consent first, or leave their name out.", null),
        [Category.LogoMisuse] = new("Take out the School's name, crest or logo, or get written consent from the Business Manager first.", "The Business Manager"),
        [Category.PersonalInformation] = new("Take out phone numbers, addresses, dates of birth and account handles; share them privately with people you trust.", null),
        [Category.Safeguarding] = new("Staff and students must not be personal online contacts: use the School platform for school matters, decline friend requests, and tell your Line Manager about any significant conversation.", "The Designated Safeguarding Lead or your Line Manager"),
        [Category.Wellbeing] = new("If this is how you feel, please talk to someone today rather than posting it: a member of staff, the safeguarding lead, Childline (0800 1111) or Samaritans (116 123).", "The Designated Safeguarding Lead"),
        [Category.MissingDisclaimer] = new("Add a line such as \"The views here are my own and do not represent the School.\"", null),
        [Category.Copyright] = new("Cite the source, ask the owner's permission, or use your own photo or words.", null),
        [Category.MediaContact] = new("Don't answer journalists yourself: refer them to the Director of Business & Finance.", "The Director of Business & Finance"),
        [Category.Confidential] = new("Don't share exam content, staffing or pupil matters, or news the School has not announced.", null),
        [Category.Reputation] = new("Think about how this reads to your family, a future employer and the School; it may stay online after you delete it.", null),
    };
}
