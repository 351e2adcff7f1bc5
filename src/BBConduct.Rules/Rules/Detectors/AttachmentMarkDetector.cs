using BBConduct.Rules.Screening;

namespace BBConduct.Rules.Rules.Detectors;

/// <summary>
/// Attachments whose file name or alt text says they are the School's crest or logo. Image matching by
/// perceptual hash lives in the image add-on; this catches what the export's metadata already tells.
/// </summary>
internal sealed class AttachmentMarkDetector : Detector
{
    private static readonly string[] Cues = ["crest", "logo", "badge", "bbhs"];

    internal override bool IsPure => true;

    public override void Detect(ScreeningContext context, List<Signal> output)
    {
        foreach (var attachment in context.Post.Attachments)
        {
            if (Mentions(attachment.Path) || Mentions(attachment.AltText))
            {
                output.Add(Signal.WholePost with { Detail = attachment.Path });
                return;
            }
        }
    }

    private static bool Mentions(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var cue in Cues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
