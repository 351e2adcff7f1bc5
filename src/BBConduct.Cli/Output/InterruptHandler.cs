namespace BBConduct.Cli.Output;

/// <summary>Turns the first Ctrl-C into a request to stop after the current result, so the output ends on a whole line.</summary>
internal sealed class InterruptHandler : IDisposable
{
    private volatile bool _requested;

    public InterruptHandler() => Console.CancelKeyPress += OnCancel;

    public bool Requested => _requested;

    public void Dispose() => Console.CancelKeyPress -= OnCancel;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (!_requested)
        {
            // The second Ctrl-C ends the process at once, as usual.
            e.Cancel = true;
            _requested = true;
        }
    }
}
