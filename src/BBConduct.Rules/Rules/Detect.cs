using System.Text.RegularExpressions;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules.Composition;

namespace BBConduct.Rules.Rules;

/// <summary>Factories and combinators for <see cref="Detector"/>s: the vocabulary policy rules are written in.</summary>
public static class Detect
{
    /// <summary>Every hit of the named lexicon, with the lexicon's detail (for example an equality strand).</summary>
    /// <param name="name">The lexicon name in the policy.</param>
    /// <returns>The detector.</returns>
    public static Detector Lexicon(string name) => new LexiconDetector(name);

    // Any of several lexicons in one pass over the hits (the internal rules' groups of lists).
    internal static Detector Lexicons(params string[] names) => new LexiconSetDetector(names);

    /// <summary>Every match of a regular expression over the original text.</summary>
    /// <param name="pattern">The expression; give it a match timeout.</param>
    /// <param name="detail">Detail to attach to the evidence.</param>
    /// <returns>The detector.</returns>
    public static Detector Pattern(Regex pattern, string? detail = null) => new PatternDetector(pattern, detail);

    /// <summary>Every match of a regular expression that cannot match unless the text holds one of <paramref name="required"/> (checked first, vectorised).</summary>
    /// <param name="pattern">The expression; give it a match timeout.</param>
    /// <param name="required">Characters at least one of which every match contains, such as "@" for e-mail addresses.</param>
    /// <param name="detail">Detail to attach to the evidence.</param>
    /// <returns>The detector.</returns>
    public static Detector Pattern(Regex pattern, System.Buffers.SearchValues<char> required, string? detail = null) => new PatternDetector(pattern, detail, required);

    /// <summary>Every match of a regular expression, tried only on texts for which <paramref name="mayMatch"/> is true (a cheap necessary condition).</summary>
    /// <param name="pattern">The expression; give it a match timeout.</param>
    /// <param name="mayMatch">A quick test that is true for every text the pattern can match.</param>
    /// <param name="detail">Detail to attach to the evidence.</param>
    /// <returns>The detector.</returns>
    public static Detector Pattern(Regex pattern, Func<string, bool> mayMatch, string? detail = null) => new PatternDetector(pattern, detail, mayMatch: mayMatch);

    /// <summary>The evidence of every detector that finds any.</summary>
    /// <param name="detectors">The alternatives.</param>
    /// <returns>The detector.</returns>
    public static Detector AnyOf(params Detector[] detectors) => new AnyOfDetector(detectors);

    /// <summary>The evidence of all detectors, but only when each of them finds something in the post.</summary>
    /// <param name="detectors">The conditions.</param>
    /// <returns>The detector.</returns>
    public static Detector AllOf(params Detector[] detectors) => new AllOfDetector(detectors);

    /// <summary>Evidence of <paramref name="subject"/> in sentences where <paramref name="companion"/> also finds something, covering both spans.</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="companion">What must be in the same sentence.</param>
    /// <returns>The detector.</returns>
    public static Detector InSameSentence(Detector subject, Detector companion) => new SameSentenceDetector(subject, companion);

    /// <summary>Evidence of <paramref name="subject"/> that lies wholly inside a span of <paramref name="region"/> (a quotation, for example).</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="region">The spans it must lie in.</param>
    /// <returns>The detector.</returns>
    public static Detector Within(Detector subject, Detector region) => new WithinDetector(subject, region, keep: true);

    /// <summary>Evidence of <paramref name="subject"/> that does not lie wholly inside any span of <paramref name="region"/>.</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="region">The spans that cancel it (quoted speech, for example).</param>
    /// <returns>The detector.</returns>
    public static Detector Outside(Detector subject, Detector region) => new WithinDetector(subject, region, keep: false);

    /// <summary>Evidence of <paramref name="subject"/> in a sentence straight after one where <paramref name="companion"/> finds something (a pronoun referring back, for example).</summary>
    /// <param name="subject">The main evidence; its span is kept as it is.</param>
    /// <param name="companion">What the sentence before must hold.</param>
    /// <returns>The detector.</returns>
    public static Detector AfterSentenceWith(Detector subject, Detector companion) => new AfterSentenceDetector(subject, companion);

    /// <summary>Evidence of <paramref name="subject"/> when <paramref name="companion"/> finds something anywhere in the post.</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="companion">What must also be in the post.</param>
    /// <returns>The detector.</returns>
    public static Detector InSamePost(Detector subject, Detector companion) => new SamePostDetector(subject, companion);

    /// <summary>Evidence of <paramref name="subject"/> except in sentences where <paramref name="exception"/> finds something.</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="exception">What cancels it within a sentence (a hedge, a negation, a citation).</param>
    /// <returns>The detector.</returns>
    public static Detector Unless(Detector subject, Detector exception) => new UnlessDetector(subject, exception, wholePost: false);

    /// <summary>Evidence of <paramref name="subject"/> unless <paramref name="exception"/> finds something anywhere in the post.</summary>
    /// <param name="subject">The main evidence.</param>
    /// <param name="exception">What cancels it (a disclaimer, for example).</param>
    /// <returns>The detector.</returns>
    public static Detector UnlessAnywhere(Detector subject, Detector exception) => new UnlessDetector(subject, exception, wholePost: true);

    /// <summary>Whole-post evidence when <paramref name="detector"/> finds nothing.</summary>
    /// <param name="detector">What must be absent.</param>
    /// <returns>The detector.</returns>
    public static Detector Not(Detector detector) => new NotDetector(detector);

    /// <summary>Whole-post evidence when <paramref name="detector"/> finds anything (for findings about the post as a whole).</summary>
    /// <param name="detector">What must be present.</param>
    /// <returns>The detector.</returns>
    public static Detector Anywhere(Detector detector) => new AnywhereDetector(detector);

    /// <summary>The evidence of <paramref name="detector"/>, only for posts that satisfy <paramref name="predicate"/> (roles, channel).</summary>
    /// <param name="predicate">A condition on the post and its context.</param>
    /// <param name="detector">The detector to run when it holds.</param>
    /// <returns>The detector.</returns>
    public static Detector When(Func<Post, bool> predicate, Detector detector) => new WhenDetector(predicate, detector);

    /// <summary>Whole-post evidence for posts that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">A condition on the post and its context.</param>
    /// <returns>The detector.</returns>
    public static Detector Context(Func<Post, bool> predicate) => new WhenDetector(predicate, new WholePostDetector());

    /// <summary>Evidence of <paramref name="subject"/> that <paramref name="preceder"/> ends shortly before (at most <paramref name="maxWords"/> words between), covering both.</summary>
    /// <param name="preceder">What must come first, such as "that" before a slur.</param>
    /// <param name="subject">The main evidence.</param>
    /// <param name="maxWords">The most words allowed between the two.</param>
    /// <returns>The detector.</returns>
    public static Detector Preceded(Detector preceder, Detector subject, int maxWords = 2) => new PrecededDetector(preceder, subject, maxWords, keep: true);

    /// <summary>Evidence of <paramref name="subject"/> that <paramref name="preceder"/> does not end shortly before.</summary>
    /// <param name="preceder">What must not come just before, such as "not".</param>
    /// <param name="subject">The main evidence.</param>
    /// <param name="maxWords">The most words between the two for the exception to apply.</param>
    /// <returns>The detector.</returns>
    public static Detector NotPreceded(Detector preceder, Detector subject, int maxWords = 2) => new PrecededDetector(preceder, subject, maxWords, keep: false);

    /// <summary>
    /// <paramref name="detector"/>, worked out once a post however many rules contain a detector of this name: the
    /// name must stand for one construction (one factory method uses it), and what the detector finds must depend on
    /// the post alone, with no effect beyond its output (see <see cref="SharedDetector"/>).
    /// </summary>
    internal static Detector Shared(string name, Detector detector) => new SharedDetector(name, detector);
}
