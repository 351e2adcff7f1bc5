using BBConduct.Rules.Findings;
using BBConduct.Rules.Policy;
using BBConduct.Rules.Posts;
using BBConduct.Rules.Rules;
using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Images;

/// <summary>
/// Policy 1.2: flags an attached image that shows one of the School's logos or its crest (a
/// <see cref="Category.LogoMisuse"/> finding naming the attachment). Official School posts by staff are exempt,
/// as with the text rule. The rule never opens a path itself unless no opener is given, so a caller decides how
/// an export's attachment paths are resolved.
/// </summary>
public sealed class LogoImageRule : IConductRule
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp" };
    private readonly LogoRegistry _logos;
    private readonly CategorySettings _settings;
    private readonly Func<string, Stream?> _open;

    /// <summary>Creates the rule.</summary>
    /// <param name="logos">The School's reference logos.</param>
    /// <param name="policy">The policy whose LogoMisuse severity, clause and escalation apply; the embedded default when <see langword="null"/>.</param>
    /// <param name="open">Opens an attachment path, or returns <see langword="null"/> when it cannot be found; reads files when <see langword="null"/>.</param>
    public LogoImageRule(LogoRegistry logos, ConductPolicy? policy = null, Func<string, Stream?>? open = null)
    {
        _logos = logos ?? throw new ArgumentNullException(nameof(logos));
        _settings = (policy ?? ConductPolicy.Default).For(Category.LogoMisuse);
        _open = open ?? OpenFile;
    }

    /// <inheritdoc/>
    public string Id => "logo.image";

    /// <inheritdoc/>
    public void Evaluate(ScreeningContext context, List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var post = context.Post;
        if (_logos.Count == 0 || post.Attachments.Count == 0 || (post.Channel == Channel.School && post.AuthorRole == Role.Staff))
        {
            return;
        }

        foreach (var attachment in post.Attachments)
        {
            if (!LooksLikeImage(attachment) || Match(attachment.Path) is not { } match)
            {
                continue;
            }

            findings.Add(new Finding
            {
                RuleId = Id,
                Category = Category.LogoMisuse,
                Severity = _settings.Severity,
                Start = 0,
                Length = 0,
                Excerpt = string.Empty,
                Clause = _settings.Clause,
                Message = $"The attached image '{Path.GetFileName(attachment.Path)}' matches the School's logo '{match.LogoName}'. Using it needs the Business Manager's written consent.",
                EscalateTo = _settings.EscalateTo,
                Detail = attachment.Path,
            });
        }
    }

    private LogoMatch? Match(string path)
    {
        try
        {
            using var stream = _open(path);
            return stream is null ? null : _logos.Match(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            // An unreadable attachment is not evidence of anything; the text is still screened.
            return null;
        }
    }

    private static bool LooksLikeImage(Attachment attachment) =>
        attachment.MediaType is { } media
            ? media.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
            : ImageExtensions.Contains(Path.GetExtension(attachment.Path));

    private static FileStream? OpenFile(string path) =>
        File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
}
