using SkiaSharp;

namespace BBConduct.Rules.Images;

/// <summary>
/// The School's logos and crest as reference images, hashed once when loaded. <see cref="Match"/> tells whether
/// another image shows one of them, resized, recompressed, slightly cropped or recoloured. Immutable and thread-safe.
/// </summary>
public sealed class LogoRegistry
{
    /// <summary>The default largest hash distance (of 126 bits) that still counts as a match.</summary>
    public const int DefaultMaxDistance = 13;

    // Each reference is also hashed cropped by 10% on each side and corner, so that a cropped copy meets a close variant.
    private static readonly (float Left, float Top, float Right, float Bottom)[] Crops =
    [
        (0, 0, 0, 0),
        (0.1f, 0, 0, 0), (0, 0.1f, 0, 0), (0, 0, 0.1f, 0), (0, 0, 0, 0.1f),
        (0.1f, 0.1f, 0, 0), (0, 0.1f, 0.1f, 0), (0, 0, 0.1f, 0.1f), (0.1f, 0, 0, 0.1f),
        (0.05f, 0.05f, 0.05f, 0.05f),
    ];

    private readonly (string Name, ImageHash Hash)[] _variants;

    private LogoRegistry((string Name, ImageHash Hash)[] variants, int count, int maxDistance)
    {
        _variants = variants;
        Count = count;
        MaxDistance = maxDistance;
    }

    /// <summary>A registry with no logos: nothing matches.</summary>
    public static LogoRegistry Empty { get; } = new([], 0, DefaultMaxDistance);

    /// <summary>The number of reference images.</summary>
    public int Count { get; }

    /// <summary>The largest hash distance that counts as a match.</summary>
    public int MaxDistance { get; }

    /// <summary>Loads reference images from files; the file name names each logo in findings.</summary>
    /// <param name="paths">PNG, JPEG, GIF, WebP or BMP files.</param>
    /// <param name="maxDistance">The largest hash distance (0–126) that counts as a match.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="InvalidDataException">A file is not a decodable image; the message names it.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static LogoRegistry FromFiles(IEnumerable<string> paths, int maxDistance = DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var images = new List<(string, byte[])>();
        foreach (var path in paths)
        {
            images.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
        }

        return FromImages(images, maxDistance);
    }

    /// <summary>Builds a registry from encoded images held in memory.</summary>
    /// <param name="images">Each logo's name and its encoded bytes.</param>
    /// <param name="maxDistance">The largest hash distance (0–126) that counts as a match.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="InvalidDataException">An image cannot be decoded; the message names it.</exception>
    public static LogoRegistry FromImages(IEnumerable<(string Name, byte[] Image)> images, int maxDistance = DefaultMaxDistance)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 126);
        var variants = new List<(string, ImageHash)>();
        var count = 0;
        foreach (var (name, bytes) in images)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var bitmap = ImageFingerprint.Decode(stream)
                ?? throw new InvalidDataException($"{name}: the logo is not a decodable image (PNG, JPEG, GIF, WebP or BMP of at least 8×8 pixels).");
            foreach (var crop in Crops)
            {
                var rect = SKRectI.Create(
                    (int)(bitmap.Width * crop.Left),
                    (int)(bitmap.Height * crop.Top),
                    bitmap.Width - (int)(bitmap.Width * crop.Left) - (int)(bitmap.Width * crop.Right),
                    bitmap.Height - (int)(bitmap.Height * crop.Top) - (int)(bitmap.Height * crop.Bottom));
                variants.Add((name, ImageFingerprint.Hash(bitmap, rect)));
            }

            count++;
        }

        return new LogoRegistry([.. variants], count, maxDistance);
    }

    /// <summary>Compares an image with every reference logo.</summary>
    /// <param name="image">The encoded image.</param>
    /// <returns>The closest logo within <see cref="MaxDistance"/>, or <see langword="null"/> when none is, or the image cannot be decoded.</returns>
    public LogoMatch? Match(Stream image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (_variants.Length == 0)
        {
            return null;
        }

        using var bitmap = ImageFingerprint.Decode(image);
        return bitmap is null ? null : MatchHash(ImageFingerprint.Hash(bitmap));
    }

    /// <summary>The closest logo to a hash within <see cref="MaxDistance"/>, or <see langword="null"/>.</summary>
    internal LogoMatch? MatchHash(ImageHash hash)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < _variants.Length; i++)
        {
            var d = hash.DistanceTo(_variants[i].Hash);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = i;
            }
        }

        return best >= 0 && bestDistance <= MaxDistance ? new LogoMatch(_variants[best].Name, bestDistance) : null;
    }

    /// <summary>The smallest distance from a hash to any variant of any logo (for measuring match rates).</summary>
    internal int ClosestDistance(ImageHash hash) =>
        _variants.Length == 0 ? 126 : _variants.Min(v => hash.DistanceTo(v.Hash));
}
