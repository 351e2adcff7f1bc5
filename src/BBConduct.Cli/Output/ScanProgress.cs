using System.Diagnostics;
using System.Globalization;
using BBConduct.Cli.Input;

namespace BBConduct.Cli.Output;

/// <summary>
/// Progress on stderr: a bar redrawn in place when stderr is a terminal (records, MB/s, findings so far, ETA when
/// the input size is known), otherwise a plain line every few seconds. Never writes to stdout.
/// </summary>
internal sealed class ScanProgress(TextWriter stderr, ScanCounters counters, bool terminal, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _interval = terminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(10);
    private TimeSpan _next = terminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(10);
    private bool _drawn;

    public void Update(long records, long findings)
    {
        if (!enabled || (records & 255) != 0 || _clock.Elapsed < _next)
        {
            return;
        }

        _next = _clock.Elapsed + _interval;
        Draw(records, findings);
    }

    public void Finish(long records, long findings)
    {
        if (!enabled)
        {
            return;
        }

        if (terminal)
        {
            Draw(records, findings);
            stderr.WriteLine();
        }
        else if (_drawn)
        {
            Draw(records, findings);
        }
    }

    private void Draw(long records, long findings)
    {
        _drawn = true;
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var bytes = counters.BytesRead;
        var mbps = bytes / seconds / (1024 * 1024);
        var total = counters.TotalBytes;
        var fraction = total > 0 ? Math.Min(1, (double)bytes / total) : 0;
        var eta = total > 0 && bytes > 0 ? TimeSpan.FromSeconds((total - bytes) / (bytes / seconds)) : (TimeSpan?)null;
        var text = string.Create(CultureInfo.InvariantCulture, $"{records:N0} records  {mbps:F1} MB/s  {findings:N0} findings{(eta is { } e ? $"  ETA {e:hh\\:mm\\:ss}" : string.Empty)}");
        if (terminal)
        {
            const int Width = 28;
            var filled = (int)(fraction * Width);
            stderr.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {fraction * 100,3:F0}%  {text}   ");
        }
        else
        {
            stderr.WriteLine($"bbconduct: {text}{(total > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({fraction * 100:F0}% of input)") : string.Empty)}");
        }

        stderr.Flush();
    }
}
