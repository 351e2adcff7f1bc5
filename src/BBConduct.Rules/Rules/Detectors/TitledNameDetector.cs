using BBConduct.Rules.Screening;
using BBConduct.Rules.Text;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// A title and a capitalised surname ("Mr Okafor", "Mrs. Hughes") that the people registry does not know:
/// how pupils and parents name teachers. Registered people are left to <see cref="PeopleDetector"/>. Pupils often
/// write in lower case: "mr hughes" and "mrs baker" are names too ("mr" and "mrs" are titles whatever their case),
/// while a lower-case "miss" or "ms" is a verb or a brand ("i miss you", "ms teams") and needs a capitalised name.
/// </summary>
internal sealed class TitledNameDetector : Detector
{
    internal override bool IsPure => true;

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        if (!context.TitledNamesFound)
        {
            Find(context, context.TitledNames);
            context.TitledNamesFound = true;
        }

        output.AddRange(context.TitledNames);
    }

    private static void Find(ScreeningContext context, List<Signal> output)
    {
        var words = context.Words;
        HashSet<int>? covered = null;
        for (var i = 0; i + 1 < words.TokenCount; i++)
        {
            // A title is capitalised and two or three letters long: most words are ruled out before their neighbour is read.
            ref readonly var title = ref words[i];
            if (title.NormLength is < 2 or > 3)
            {
                continue;
            }

            var lowerCase = (title.Flags & TokenFlags.Capitalized) == 0;
            if (lowerCase && !IsLowerCaseTitle(words.TextOf(i)))
            {
                continue;
            }

            ref readonly var name = ref words[i + 1];
            if ((lowerCase ? !IsLowerCaseName(words.TextOf(i + 1)) : (name.Flags & TokenFlags.Capitalized) == 0)
                || (name.Flags & (TokenFlags.Numeric | TokenFlags.Leet | TokenFlags.Masked)) != 0
                || name.OriginalLength < 2
                || !char.IsLetter(context.Text[name.OriginalStart + 1])
                || name.Sentence != title.Sentence
                || name.OriginalStart - title.OriginalEnd > 2
                || !IsTitle(words.TextOf(i))
                || IsTitle(words.TextOf(i + 1))
                || CoveredByPerson(context, i + 1, ref covered))
            {
                continue;
            }

            output.Add(context.SignalFor(i, i + 1));
        }
    }

    private static bool IsLowerCaseTitle(ReadOnlySpan<char> word) => word is "mr" or "mrs";

    // After a lower-case title, a word at least three letters long that is not one of the words that follow "mr" in
    // "mr and mrs …" or a sentence about him.
    private static bool IsLowerCaseName(ReadOnlySpan<char> word) =>
        word.Length >= 3 && word is not ("and" or "the" or "was" or "has" or "had" or "are" or "you" or "she" or "her" or "his" or "him" or "who" or "not" or "but" or "for" or "said" or "says" or "told" or "wil" or "can" or "did" or "does" or "its" or "mrs");

    private static bool IsTitle(ReadOnlySpan<char> word) =>
        word is "mr" or "mrs" or "ms" or "mis" or "mx" or "dr";

    /// <summary>
    /// Whether a people-registry hit covers the token. The covered tokens are gathered once per post, on the first
    /// titled name: checking every hit for every name was quadratic (a 256 KB post of "sh1t Mr Okafor " took 5 s).
    /// </summary>
    private static bool CoveredByPerson(ScreeningContext context, int token, ref HashSet<int>? covered)
    {
        var people = context.Policy.PeopleLexiconId;
        if (!context.HasHits(people))
        {
            return false;
        }

        if (covered is null)
        {
            covered = [];
            foreach (var hit in context.Hits)
            {
                if (hit.LexiconId == people)
                {
                    for (var t = hit.FirstToken; t <= hit.LastToken; t++)
                    {
                        covered.Add(t);
                    }
                }
            }
        }

        return covered.Contains(token);
    }
}
