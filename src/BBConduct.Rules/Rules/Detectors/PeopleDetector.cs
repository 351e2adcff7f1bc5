using BBConduct.Rules.Posts;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>Mentions of people-registry names and aliases, filtered by role and by whether consent is on record.</summary>
internal sealed class PeopleDetector(Role[] roles, bool? consent) : Detector
{
    internal override bool IsPure => true;

    internal override bool MayFind(ScreeningContext context) => context.HasHits(context.Policy.PeopleLexiconId);

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        var compiled = context.Policy;
        var terms = compiled.Matcher.Terms;
        foreach (var hit in context.Hits)
        {
            if (hit.LexiconId != compiled.PeopleLexiconId)
            {
                continue;
            }

            var person = compiled.People[terms[hit.TermId].Payload];
            if (Array.IndexOf(roles, person.Role) >= 0 && (consent is null || person.Consent == consent))
            {
                output.Add(context.SignalFor(hit.FirstToken, hit.LastToken, person.Role.ToString().ToLowerInvariant()));
            }
        }
    }
}
