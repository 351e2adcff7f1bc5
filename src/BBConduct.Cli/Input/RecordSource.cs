using System.Globalization;
using System.IO.Compression;
using BBConduct.Rules.Posts;

namespace BBConduct.Cli.Input;

/// <summary>
/// Every record of the inputs in order: files, the files in folders, and the entries of .zip archives. Formats are
/// recognised per file unless <c>--format</c> names one. Whatever goes wrong while reading becomes an error record
/// (fatal: the rest of that file is unread) rather than an exception, so the scan always reports and moves on.
/// </summary>
internal sealed class RecordSource(InputFormat? format, CsvColumns columns, ScanCounters counters)
{
    public IEnumerable<InputRecord> Read(IEnumerable<(string Path, bool FromFolder)> files)
    {
        foreach (var (path, fromFolder) in files)
        {
            var records = InputFormats.IsArchive(path) ? ReadArchive(path) : ReadFile(path, fromFolder);
            foreach (var record in Guard(records, path))
            {
                yield return record;
            }
        }
    }

    /// <summary>The format of a named file, or a usage error when it cannot be told.</summary>
    public static InputFormat? FormatOf(string path, InputFormat? format)
    {
        if (InputFormats.IsArchive(path) || format is not null)
        {
            return format;
        }

        using var stream = Commands.ScreenerFactory.OpenInput(path, "input");
        return InputFormats.Detect(path, InputFormats.Head(stream))
            ?? throw new Commands.UsageException($"{path}: cannot tell the format of this file; use --format ({string.Join('|', InputFormats.Names)}).");
    }

    private IEnumerable<InputRecord> ReadFile(string path, bool fromFolder)
    {
        InputFormat? detected;
        using (var head = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            detected = format ?? InputFormats.Detect(path, InputFormats.Head(head));
        }

        if (detected is not { } kind)
        {
            counters.SkippedFiles++;
            yield break;
        }

        _ = fromFolder;
        var folder = Path.GetDirectoryName(path) ?? ".";
        using var stream = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), counters);
        foreach (var record in InputFormats.Create(kind, columns).Read(stream, path))
        {
            yield return WithAttachments(record, p => AttachmentPaths.ResolveFile(folder, p));
        }
    }

    private IEnumerable<InputRecord> ReadArchive(string path)
    {
        using var file = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), counters);
        using var archive = new ZipArchive(file, ZipArchiveMode.Read);
        var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            var name = $"{path}!/{entry.FullName}";
            var slash = entry.FullName.LastIndexOf('/');
            var folder = slash < 0 ? string.Empty : entry.FullName[..slash];
            foreach (var record in Guard(ReadEntry(entry, name), name))
            {
                yield return WithAttachments(record, p => AttachmentPaths.ResolveEntry(path, names, folder, p));
            }
        }
    }

    private IEnumerable<InputRecord> ReadEntry(ZipArchiveEntry entry, string name)
    {
        if (InputFormats.IsArchive(entry.FullName))
        {
            counters.SkippedFiles++;
            yield break;
        }

        InputFormat? detected = format;
        if (detected is null)
        {
            using var head = entry.Open();
            detected = InputFormats.Detect(entry.FullName, InputFormats.Head(head));
        }

        if (detected is not { } kind)
        {
            counters.SkippedFiles++;
            yield break;
        }

        using var stream = entry.Open();
        foreach (var record in InputFormats.Create(kind, columns).Read(stream, name))
        {
            yield return record;
        }
    }

    /// <summary>Turns an exception while reading into a fatal error record naming the file.</summary>
    private static IEnumerable<InputRecord> Guard(IEnumerable<InputRecord> records, string name)
    {
        using var enumerator = records.GetEnumerator();
        var count = 0;
        while (true)
        {
            InputRecord? failure = null;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failure = InputRecord.Failed(name, $"{name}#{(count + 1).ToString(CultureInfo.InvariantCulture)}", "unreadable-file",
                    $"the file cannot be read past record {count} ({ex.GetType().Name}).", fatal: true);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            count++;
            yield return enumerator.Current;
        }
    }

    private static InputRecord WithAttachments(InputRecord record, Func<string, string> resolve)
    {
        if (record.Complete is { } complete)
        {
            return record with { Complete = () => WithAttachments(complete(), resolve) };
        }

        if (record.Post is not { Attachments.Count: > 0 } post)
        {
            return record;
        }

        var resolved = new Attachment[post.Attachments.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            var a = post.Attachments[i];
            resolved[i] = a with { Path = resolve(a.Path) };
        }

        return record with { Post = post with { Attachments = resolved } };
    }
}
