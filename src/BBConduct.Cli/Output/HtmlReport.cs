using System.Globalization;
using System.Net;
using System.Text;
using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;
using BBConduct.Rules.Serialization;

namespace BBConduct.Cli.Output;

/// <summary>
/// <c>--report FILE.html</c>: one self-contained page for a person (styles, script and SVG charts inline, nothing
/// fetched): totals by verdict and category, findings by category and by month, and the worst posts first with
/// the offending spans highlighted, the clause, the advice and who to escalate to, filterable by category and
/// author. Everything that comes from a post is HTML-encoded. Memory is bounded: only the worst posts are kept.
/// </summary>
internal sealed class HtmlReport
{
    public const int MaxListed = 200;
    private const int MaxShownChars = 20_000;
    private readonly PriorityQueue<ReportEntry, (int Verdict, int Findings, long Order)> _worst = new();
    private readonly long[] _verdicts = new long[4];
    private readonly Dictionary<Category, (long Findings, long Posts)> _categories = [];
    private readonly SortedDictionary<string, long> _months = new(StringComparer.Ordinal);
    private long _records;
    private long _errors;
    private long _findings;

    public void Add(long index, InputRecord record, ScreeningResult result)
    {
        _records++;
        _verdicts[(int)result.Verdict]++;
        if (result.Error is not null)
        {
            _errors++;
        }

        foreach (var group in result.Findings.GroupBy(f => f.Category))
        {
            _categories.TryGetValue(group.Key, out var counts);
            _categories[group.Key] = (counts.Findings + group.Count(), counts.Posts + 1);
        }

        _findings += result.Findings.Count;
        if (result.Findings.Count > 0)
        {
            var month = record.Post?.CreatedAt is { } date ? date.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "undated";
            _months[month] = _months.GetValueOrDefault(month) + result.Findings.Count;
        }

        if (result.Verdict == Verdict.Allow && result.Error is null)
        {
            return;
        }

        var priority = ((int)result.Verdict, result.Findings.Count, -index);
        if (_worst.Count < MaxListed)
        {
            _worst.Enqueue(Trim(index, record, result), priority);
        }
        else if (_worst.TryPeek(out _, out var least) && Compare(priority, least) > 0)
        {
            _worst.DequeueEnqueue(Trim(index, record, result), priority);
        }
    }

    public void Write(string path, IReadOnlyList<string> inputs)
    {
        var entries = new List<ReportEntry>(_worst.Count);
        while (_worst.TryDequeue(out var entry, out _))
        {
            entries.Add(entry);
        }

        entries.Reverse();
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">")
            .Append("<title>bbconduct scan report</title><style>").Append(Styles).Append("</style></head><body>\n");
        html.Append("<h1>Social Media Code of Conduct: scan report</h1>\n<p class=\"meta\">")
            .Append(E(string.Join(", ", inputs))).Append(" &middot; generated ")
            .Append(E(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))).Append("</p>\n");

        html.Append("<section id=\"totals\"><h2>Totals</h2><table class=\"totals\"><tr><th>Records</th><td id=\"total-records\">")
            .Append(N(_records)).Append("</td></tr>");
        foreach (var verdict in new[] { Verdict.Block, Verdict.Review, Verdict.Advise, Verdict.Allow })
        {
            var name = ResultJson.Name(verdict);
            html.Append("<tr class=\"v-").Append(name).Append("\"><th>").Append(name).Append("</th><td id=\"total-").Append(name).Append("\">")
                .Append(N(_verdicts[(int)verdict])).Append("</td></tr>");
        }

        html.Append("<tr><th>could not be read</th><td id=\"total-errors\">").Append(N(_errors)).Append("</td></tr>")
            .Append("<tr><th>findings</th><td id=\"total-findings\">").Append(N(_findings)).Append("</td></tr></table></section>\n");

        var categories = _categories.OrderByDescending(c => c.Value.Findings).ThenBy(c => c.Key).ToList();
        html.Append("<section id=\"categories\"><h2>Findings by category</h2>");
        Bars(html, "chart-category", categories.Select(c => (c.Key.ToString(), c.Value.Findings)).ToList());
        html.Append("<table class=\"grid\"><tr><th>Category</th><th>Findings</th><th>Posts</th></tr>");
        foreach (var (category, counts) in categories)
        {
            html.Append("<tr><td>").Append(category).Append("</td><td class=\"num\" data-category-findings=\"").Append(category).Append("\">")
                .Append(N(counts.Findings)).Append("</td><td class=\"num\">").Append(N(counts.Posts)).Append("</td></tr>");
        }

        html.Append("</table></section>\n<section id=\"months\"><h2>Findings by month</h2>");
        Bars(html, "chart-month", _months.TakeLast(60).Select(m => (m.Key, m.Value)).ToList());
        html.Append("</section>\n");

        var authors = entries.Select(e => e.Post?.Author?.Name).Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Append("<section id=\"posts\"><h2>Posts to act on, worst first</h2>");
        if (_worst.Count + entries.Count < _records - _verdicts[(int)Verdict.Allow])
        {
            html.Append("<p class=\"meta\">The ").Append(MaxListed).Append(" worst are listed; the result file and the evidence log hold every one.</p>");
        }

        html.Append("<div class=\"filters\"><label>Category <select id=\"filter-category\"><option value=\"\">all</option>");
        foreach (var (category, _) in categories)
        {
            html.Append("<option>").Append(category).Append("</option>");
        }

        html.Append("</select></label> <label>Author <select id=\"filter-author\"><option value=\"\">all</option>");
        foreach (var author in authors)
        {
            html.Append("<option>").Append(E(author!)).Append("</option>");
        }

        html.Append("</select></label> <span id=\"shown\">").Append(entries.Count).Append(" post(s)</span></div>\n");
        foreach (var entry in entries)
        {
            Post(html, entry);
        }

        html.Append("</section>\n<script>").Append(Script).Append("</script>\n</body></html>\n");
        File.WriteAllText(path, html.ToString(), new UTF8Encoding(false));
    }

    private static void Post(StringBuilder html, ReportEntry entry)
    {
        var result = entry.Result;
        var post = entry.Post;
        var verdict = ResultJson.Name(result.Verdict);
        html.Append("<article class=\"post v-").Append(verdict).Append("\" data-author=\"").Append(E(post?.Author?.Name ?? string.Empty))
            .Append("\" data-categories=\"").Append(E(string.Join(' ', result.Findings.Select(f => f.Category.ToString()).Distinct()))).Append("\">");
        html.Append("<header><span class=\"verdict\">").Append(verdict).Append("</span> <b>").Append(E(result.Id ?? "(no id)")).Append("</b>");
        if (post?.Author?.Name is { } author)
        {
            html.Append(" &middot; ").Append(E(author));
        }

        if (post?.CreatedAt is { } date)
        {
            html.Append(" &middot; ").Append(E(date.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        }

        if (post?.Url is { } url)
        {
            html.Append(" &middot; <span class=\"url\">").Append(E(url)).Append("</span>");
        }

        html.Append(" <span class=\"meta\">").Append(E(entry.Location)).Append("</span></header>");
        if (result.Error is { } error)
        {
            html.Append("<p class=\"error\">Could not be read: ").Append(E(error.Message)).Append("</p>");
        }

        if (post is not null)
        {
            html.Append("<blockquote class=\"text\">");
            Highlight(html, post.Text, result.Findings);
            html.Append("</blockquote>");
        }

        if (result.Findings.Count > 0)
        {
            html.Append("<table class=\"grid findings\"><tr><th>Category</th><th>Clause</th><th>Severity</th><th>Advice</th><th>Escalate to</th></tr>");
            foreach (var f in result.Findings)
            {
                html.Append("<tr><td>").Append(f.Category).Append("</td><td>").Append(E(f.Clause)).Append("</td><td>").Append(ResultJson.Name(f.Severity))
                    .Append("</td><td>").Append(E(f.Message));
                if (f.Length > 0)
                {
                    html.Append(" <q>").Append(E(f.Excerpt)).Append("</q>");
                }

                html.Append("</td><td>").Append(E(f.EscalateTo)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</article>\n");
    }

    /// <summary>Writes the text with each finding's span in a <c>mark</c>; overlapping spans are merged.</summary>
    private static void Highlight(StringBuilder html, string text, IReadOnlyList<Finding> findings)
    {
        var spans = findings.Where(f => f.Length > 0 && f.Start >= 0 && f.Start + f.Length <= text.Length)
            .OrderBy(f => f.Start).Select(f => (f.Start, End: f.Start + f.Length, f.Category)).ToList();
        var position = 0;
        var limit = Math.Min(text.Length, MaxShownChars);
        var i = 0;
        while (i < spans.Count && spans[i].Start < limit)
        {
            var (start, end, category) = spans[i];
            var categories = new SortedSet<string>(StringComparer.Ordinal) { category.ToString() };
            while (i + 1 < spans.Count && spans[i + 1].Start < end)
            {
                i++;
                end = Math.Max(end, spans[i].End);
                categories.Add(spans[i].Category.ToString());
            }

            start = Math.Max(start, position);
            end = Math.Min(end, limit);
            html.Append(E(text[position..start])).Append("<mark title=\"").Append(string.Join(", ", categories)).Append("\">")
                .Append(E(text[start..end])).Append("</mark>");
            position = end;
            i++;
        }

        html.Append(E(text[position..limit]));
        if (limit < text.Length)
        {
            html.Append(" <span class=\"meta\">[").Append(N(text.Length - limit)).Append(" more characters]</span>");
        }
    }

    private static void Bars(StringBuilder html, string id, List<(string Label, long Value)> bars)
    {
        if (bars.Count == 0)
        {
            html.Append("<p class=\"meta\">No findings.</p>");
            return;
        }

        const int RowHeight = 22, LabelWidth = 170, BarWidth = 420;
        var max = Math.Max(1, bars.Max(b => b.Value));
        html.Append("<svg id=\"").Append(id).Append("\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(LabelWidth + BarWidth + 80)
            .Append("\" height=\"").Append((bars.Count * RowHeight) + 4).Append("\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = (i * RowHeight) + 2;
            var width = Math.Max(1, (int)(BarWidth * value / max));
            html.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 15).Append("\" text-anchor=\"end\">").Append(E(label)).Append("</text>")
                .Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(width).Append("\" height=\"").Append(RowHeight - 6)
                .Append("\"><title>").Append(E(label)).Append(": ").Append(N(value)).Append("</title></rect>")
                .Append("<text x=\"").Append(LabelWidth + width + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(N(value)).Append("</text>");
        }

        html.Append("</svg>");
    }

    private static ReportEntry Trim(long index, InputRecord record, ScreeningResult result) => new(index, record.Location, record.Post, result);

    private static int Compare((int, int, long) a, (int, int, long) b) => a.CompareTo(b);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private const string Styles = """
        body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1000px;padding:0 1rem;color:#1d1d1f}
        h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
        .meta{color:#666;font-size:.85rem}table.totals th{text-align:left;padding-right:2rem;font-weight:500}
        table.grid{border-collapse:collapse;margin:.5rem 0;width:100%}table.grid td,table.grid th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .num{text-align:right!important}svg.chart text{font-size:12px;fill:#333}svg.chart rect{fill:#b3261e}
        #chart-month rect{fill:#1f5fa8}.filters{margin:1rem 0;display:flex;gap:1rem;align-items:center}
        article.post{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
        article.v-block{border-left-color:#b3261e}article.v-review{border-left-color:#e07b00}article.v-advise{border-left-color:#c9b100}
        .verdict{text-transform:uppercase;font-weight:700;font-size:.8rem}.url{word-break:break-all}
        blockquote.text{white-space:pre-wrap;margin:.5rem 0;padding:.5rem;background:#fafafa;border-radius:4px}
        mark{background:#ffd54f;padding:0 .1em;border-radius:2px}.error{color:#b3261e}.hidden{display:none}
        """;

    private const string Script = """
        (function(){
          var cat=document.getElementById('filter-category'),who=document.getElementById('filter-author'),shown=document.getElementById('shown');
          var posts=Array.prototype.slice.call(document.querySelectorAll('article.post'));
          function apply(){
            var c=cat.value,a=who.value,n=0;
            posts.forEach(function(p){
              var ok=(!c||(' '+p.getAttribute('data-categories')+' ').indexOf(' '+c+' ')>=0)&&(!a||p.getAttribute('data-author')===a);
              p.classList.toggle('hidden',!ok);if(ok)n++;
            });
            shown.textContent='Showing '+n+' of '+posts.length+' post(s)';
            document.body.setAttribute('data-shown',String(n));
          }
          cat.addEventListener('change',apply);who.addEventListener('change',apply);apply();
        })();
        """;
}
