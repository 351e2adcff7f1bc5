using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BBConduct.Cli.Input;
using BBConduct.Rules.Findings;

namespace BBConduct.Cli.Output;

/// <summary>
/// The policy 2.4 evidence log (<c>--evidence FILE.csv</c>): one row per finding with the record's id, date and
/// time, sender, web address, category, clause, excerpt and the SHA-256 of the post's original text (UTF-8), so the
/// evidence can later be shown to be intact. Cells that a spreadsheet would run as formulas are quoted with <c>'</c>.
/// </summary>
internal sealed class EvidenceLog : IDisposable
{
    private readonly StreamWriter _writer;

    public EvidenceLog(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16), new UTF8Encoding(false));
        _writer.NewLine = "\r\n";
        _writer.WriteLine("record_id,source,date_time_utc,sender,web_address,category,severity,clause,escalate_to,excerpt,attachment,sha256");
    }

    public void Add(InputRecord record, ScreeningResult result)
    {
        if (result.Findings.Count == 0 || record.Post is not { } post)
        {
            return;
        }

        var hash = Sha256(post.Text);
        foreach (var finding in result.Findings)
        {
            Write(result.Id, record.Location, post.CreatedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), post.Author?.Name, post.Url,
                finding.Category.ToString(), Rules.Serialization.ResultJson.Name(finding.Severity), finding.Clause, finding.EscalateTo, finding.Excerpt,
                finding.RuleId == "logo.image" ? finding.Detail : null, hash);
        }
    }

    public void Dispose() => _writer.Dispose();

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private void Write(params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            _writer.Write(Escape(cells[i] ?? string.Empty));
        }

        _writer.WriteLine();
    }

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
