namespace BBConduct.Cli.Input;

/// <summary>What the reading side has done so far, shared with the progress display on another thread.</summary>
internal sealed class ScanCounters
{
    private long _bytes;

    public long BytesRead => Interlocked.Read(ref _bytes);

    /// <summary>The total size of the input files, for the ETA.</summary>
    public long TotalBytes { get; set; }

    /// <summary>Files in folders and archives that were not read because their format is not recognised.</summary>
    public int SkippedFiles { get; set; }

    public void AddBytes(int count) => Interlocked.Add(ref _bytes, count);
}
