using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Rules.Composition;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Tests.Rules;

/// <summary>
/// Above a few hundred subject-and-other pairs, <see cref="WithinDetector"/> and <see cref="PrecededDetector"/> answer
/// through sorted indexes instead of their nested loops (long posts carry hundreds of signals of each kind). The indexed
/// answers must be the loops' answers exactly, including which preceder a kept subject is joined with.
/// </summary>
public sealed class ManySignalsCombinatorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Within_and_preceded_give_the_nested_loops_answers_for_many_signals(int seed)
    {
        using var screener = ConductScreener.CreateBuilder().WithoutDefaultRules().Build();
        var context = new ScreeningContext(screener.Compiled);
        // 60 sentences of eight words: sentence and word gaps both matter to the preceded check.
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(s => string.Join(' ', Enumerable.Range(0, 8).Select(w => $"w{s}x{w}")) + "."));
        context.Load(new Post(text));
        var tokens = context.Words.TokenCount;
        var random = new Random(seed);
        var subjects = Spans(context, random, tokens, 70);
        var others = Spans(context, random, tokens, 70);
        others.Add(Signal.WholePost);
        subjects.Add(Signal.WholePost);
        Assert.True(subjects.Count * others.Count > SignalIndex.PairwiseLimit);

        foreach (var keep in new[] { true, false })
        {
            Assert.Equal(WithinByLoop(subjects, others, keep), Run(new WithinDetector(new Fixed(subjects), new Fixed(others), keep), context));
            foreach (var maxWords in new[] { 0, 1, 3 })
            {
                Assert.Equal(PrecededByLoop(context, subjects, others, maxWords, keep), Run(new PrecededDetector(new Fixed(others), new Fixed(subjects), maxWords, keep), context));
            }
        }
    }

    private static List<Signal> Spans(ScreeningContext context, Random random, int tokens, int count)
    {
        var spans = new List<Signal>();
        for (var i = 0; i < count; i++)
        {
            var first = random.Next(tokens);
            var last = Math.Min(tokens - 1, first + random.Next(random.Next(2) == 0 ? 3 : 40));
            spans.Add(context.SignalFor(first, last));
        }

        return spans;
    }

    private static List<Signal> Run(Detector detector, ScreeningContext context)
    {
        var output = new List<Signal>();
        detector.Detect(context, output);
        return output;
    }

    private static List<Signal> WithinByLoop(List<Signal> subjects, List<Signal> regions, bool keep) =>
        [.. subjects.Where(s => regions.Any(r => !r.IsWholePost && !s.IsWholePost && r.Start <= s.Start && s.End <= r.End) == keep)];

    private static List<Signal> PrecededByLoop(ScreeningContext context, List<Signal> subjects, List<Signal> preceders, int maxWords, bool keep)
    {
        var output = new List<Signal>();
        foreach (var s in subjects)
        {
            var found = preceders.Cast<Signal?>().FirstOrDefault(p => !p!.Value.IsWholePost && p.Value.Sentence == s.Sentence && p.Value.End <= s.Start + 1 && context.WordsBetween(p.Value.End, s.Start) <= maxWords);
            if (keep && found is { } f)
            {
                output.Add(s.Cover(f));
            }
            else if (!keep && found is null)
            {
                output.Add(s);
            }
        }

        return output;
    }

    /// <summary>Always finds the same signals.</summary>
    private sealed class Fixed(List<Signal> signals) : Detector
    {
        public override void Detect(ScreeningContext context, List<Signal> output) => output.AddRange(signals);
    }
}
