using System.IO.Compression;

namespace BBConduct.Cli.Input;

/// <summary>
/// Resolves the attachment paths an export names, relative to the input file's folder (formats.md). Exports name
/// media from their own root (<c>your_facebook_activity/posts/media/…</c>, <c>media/posts/…</c>), so when the path
/// is not beside the file the folders above it are tried too. Inside a .zip a path is written
/// <c>archive.zip!/entry/path</c>, which <see cref="Open"/> understands.
/// </summary>
internal static class AttachmentPaths
{
    private const int LevelsUp = 4;
    private const long MaxAttachmentBytes = 64L * 1024 * 1024;
    private const string ArchiveSeparator = "!/";

    public static bool IsLocal(string path) =>
        path.Length > 0 && !path.Contains("://", StringComparison.Ordinal) && !path.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves <paramref name="path"/> named by a file in <paramref name="folder"/>.</summary>
    public static string ResolveFile(string folder, string path)
    {
        if (!IsLocal(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        var candidate = folder;
        for (var i = 0; i <= LevelsUp && candidate is not null; i++)
        {
            var combined = Path.Combine(candidate, path);
            if (File.Exists(combined))
            {
                return combined;
            }

            candidate = Path.GetDirectoryName(candidate);
        }

        return Path.Combine(folder, path);
    }

    /// <summary>Resolves <paramref name="path"/> named by the archive entry in <paramref name="entryFolder"/>.</summary>
    public static string ResolveEntry(string archive, HashSet<string> entries, string entryFolder, string path)
    {
        if (!IsLocal(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        var candidate = entryFolder;
        for (var i = 0; i <= LevelsUp; i++)
        {
            var combined = Normalise(candidate.Length == 0 ? path : $"{candidate}/{path}");
            if (entries.Contains(combined))
            {
                return $"{archive}{ArchiveSeparator}{combined}";
            }

            if (candidate.Length == 0)
            {
                break;
            }

            var slash = candidate.LastIndexOf('/');
            candidate = slash < 0 ? string.Empty : candidate[..slash];
        }

        return $"{archive}{ArchiveSeparator}{Normalise(entryFolder.Length == 0 ? path : $"{entryFolder}/{path}")}";
    }

    /// <summary>Opens a resolved path, or returns <see langword="null"/> when it is a web address or does not exist.</summary>
    public static Stream? Open(string path)
    {
        if (!IsLocal(path))
        {
            return null;
        }

        var split = path.IndexOf(ArchiveSeparator, StringComparison.Ordinal);
        if (split > 0 && File.Exists(path[..split]))
        {
            // Each lookup opens the archive afresh: ZipArchive is not thread-safe and rules run on every core.
            using var archive = ZipFile.OpenRead(path[..split]);
            var entry = archive.GetEntry(path[(split + ArchiveSeparator.Length)..]);
            if (entry is null || entry.Length > MaxAttachmentBytes)
            {
                return null;
            }

            var copy = new MemoryStream((int)entry.Length);
            using (var source = entry.Open())
            {
                source.CopyTo(copy);
            }

            copy.Position = 0;
            return copy;
        }

        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
