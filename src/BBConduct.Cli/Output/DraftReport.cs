using BBConduct.Rules.Findings;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Output;

/// <summary>Explains a result to the person who wrote the draft: verdict, the text with each span marked, and advice.</summary>
internal static class DraftReport
{
    public static void Write(TextWriter output, Post post, ScreeningResult result, bool useColour)
    {
        var verdict = ResultJson.Name(result.Verdict).ToUpperInvariant();
        output.WriteLine(result.Verdict switch
        {
            Verdict.Allow => "Verdict: ALLOW - fine to publish.",
            Verdict.Advise => "Verdict: ADVISE - you may publish, but read the advice below.",
            Verdict.Review => "Verdict: REVIEW - a person should look at this before it is published.",
            _ => $"Verdict: {verdict} - do not publish this.",
        });
        if (result.Findings.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Highlight(post.Text, result.Findings, useColour));
        output.WriteLine();
        var n = 1;
        foreach (var f in result.Findings)
        {
            var where = f.Length > 0 ? $"\"{f.Excerpt}\" at {f.Start}" : "the whole post";
            output.WriteLine($"{n++}. {f.Category} ({ResultJson.Name(f.Severity)}), policy clause {f.Clause}: {where}");
            output.WriteLine($"   {f.Message}");
            output.WriteLine($"   Escalate to: {f.EscalateTo}.");
        }
    }

    /// <summary>Marks each finding's span: inverse video in a terminal, [[…]] otherwise.</summary>
    private static string Highlight(string text, IReadOnlyList<Finding> findings, bool useColour)
    {
        var marked = new bool[text.Length];
        foreach (var f in findings)
        {
            for (var i = f.Start; i < f.Start + f.Length && i < text.Length; i++)
            {
                marked[i] = true;
            }
        }

        var (open, close) = useColour ? ("\u001b[7m", "\u001b[0m") : ("[[", "]]");
        var builder = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (marked[i] && (i == 0 || !marked[i - 1]))
            {
                builder.Append(open);
            }

            builder.Append(text[i]);
            if (marked[i] && (i == text.Length - 1 || !marked[i + 1]))
            {
                builder.Append(close);
            }
        }

        return builder.ToString();
    }
}
