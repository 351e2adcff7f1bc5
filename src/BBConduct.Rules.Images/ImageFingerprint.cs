using SkiaSharp;

namespace BBConduct.Rules.Images;

/// <summary>
/// A 126-bit perceptual hash of an image: the signs of the low-frequency DCT coefficients of 32×32 maps
/// of how far each pixel's colour is from the background colour and of colour edges. Working on colour distances
/// rather than brightness makes it survive recolouring (including inversion); trimming the uniform border and
/// low frequencies make it survive resizing, recompression and small crops.
/// </summary>
internal static class ImageFingerprint
{
    /// <summary>Images larger than this (in pixels, after scaled decoding) are not examined.</summary>
    private const long MaxPixels = 64L * 1024 * 1024;
    private const int Work = 128;
    private const int Grid = 32;
    private const int Low = 8;
    private static readonly double[,] Cosines = BuildCosines();

    /// <summary>Decodes an image; <see langword="null"/> when it is not a decodable image.</summary>
    public static SKBitmap? Decode(Stream stream)
    {
        using var data = SKData.Create(stream);
        if (data is null)
        {
            return null;
        }

        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels || info.Width < 8 || info.Height < 8)
        {
            return null;
        }

        // JPEG decoders can downscale while decoding: much less work for a photo than decoding at full size.
        var scale = Math.Min(1f, 4f * Work / Math.Min(info.Width, info.Height));
        var size = codec.GetScaledDimensions(scale);
        var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(target);
        var result = codec.GetPixels(target, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            return null;
        }

        return bitmap;
    }

    /// <summary>The hash of the whole bitmap.</summary>
    public static ImageHash Hash(SKBitmap bitmap) => Hash(bitmap, new SKRectI(0, 0, bitmap.Width, bitmap.Height));

    /// <summary>The hash of the part of the bitmap inside <paramref name="crop"/>.</summary>
    public static ImageHash Hash(SKBitmap bitmap, SKRectI crop)
    {
        var rgb = Pixels(bitmap, crop, out var w, out var h);
        var map = DistanceMap(rgb, w, h);
        var box = Trim(map, w, h);
        var edges = EdgeMap(rgb, w, h);
        var (shape, shapeMask) = SignsOfDct(Resample(map, w, box));
        var (edge, edgeMask) = SignsOfDct(Resample(edges, w, box));
        return new ImageHash(shape, edge, shapeMask, edgeMask);
    }

    /// <summary>Scales the crop to at most <see cref="Work"/> pixels a side: RGB triples, transparency over white.</summary>
    private static float[] Pixels(SKBitmap bitmap, SKRectI crop, out int w, out int h)
    {
        var scale = Math.Min(1.0, (double)Work / Math.Max(crop.Width, crop.Height));
        w = Math.Max(1, (int)Math.Round(crop.Width * scale));
        h = Math.Max(1, (int)Math.Round(crop.Height * scale));
        using var subset = new SKBitmap();
        bitmap.ExtractSubset(subset, crop);
        using var small = subset.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new InvalidOperationException("The image could not be resized.");
        var pixels = small.Pixels;

        // Transparent pixels are composited over white, as a viewer shows them.
        var rgb = new float[w * h * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            var p = pixels[i];
            var a = p.Alpha / 255f;
            rgb[3 * i] = (p.Red * a) + (255 * (1 - a));
            rgb[(3 * i) + 1] = (p.Green * a) + (255 * (1 - a));
            rgb[(3 * i) + 2] = (p.Blue * a) + (255 * (1 - a));
        }

        return rgb;
    }

    private static float[] DistanceMap(float[] rgb, int w, int h)
    {
        var background = BorderColour(rgb, w, h);
        var map = new float[w * h];
        for (var i = 0; i < map.Length; i++)
        {
            var dr = rgb[3 * i] - background[0];
            var dg = rgb[(3 * i) + 1] - background[1];
            var db = rgb[(3 * i) + 2] - background[2];
            map[i] = MathF.Sqrt((dr * dr) + (dg * dg) + (db * db));
        }

        return map;
    }

    /// <summary>
    /// Colour-gradient magnitude: where one colour region meets another. It sees the emblems inside a crest that
    /// the distance from the background merges, and like it does not care which colours they are.
    /// </summary>
    private static float[] EdgeMap(float[] rgb, int w, int h)
    {
        var map = new float[w * h];
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                float sum = 0;
                for (var c = 0; c < 3; c++)
                {
                    var gx = rgb[(3 * ((y * w) + x + 1)) + c] - rgb[(3 * ((y * w) + x - 1)) + c];
                    var gy = rgb[(3 * (((y + 1) * w) + x)) + c] - rgb[(3 * (((y - 1) * w) + x)) + c];
                    sum += (gx * gx) + (gy * gy);
                }

                map[(y * w) + x] = MathF.Sqrt(sum);
            }
        }

        return map;
    }

    /// <summary>The per-channel median of the outermost ring of pixels: the background of a logo.</summary>
    private static float[] BorderColour(float[] rgb, int w, int h)
    {
        var ring = new List<int>((2 * w) + (2 * h));
        for (var x = 0; x < w; x++)
        {
            ring.Add(x);
            ring.Add(((h - 1) * w) + x);
        }

        for (var y = 1; y < h - 1; y++)
        {
            ring.Add(y * w);
            ring.Add((y * w) + w - 1);
        }

        var colour = new float[3];
        var values = new float[ring.Count];
        for (var c = 0; c < 3; c++)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                values[i] = rgb[(3 * ring[i]) + c];
            }

            Array.Sort(values);
            colour[c] = values[values.Length / 2];
        }

        return colour;
    }

    /// <summary>The bounding box of the pixels that stand out from the background, or the whole map when none or almost all do.</summary>
    private static SKRectI Trim(float[] map, int w, int h)
    {
        var max = 0f;
        foreach (var v in map)
        {
            max = Math.Max(max, v);
        }

        var threshold = Math.Max(24f, max * 0.15f);
        int left = w, top = h, right = -1, bottom = -1;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (map[(y * w) + x] > threshold)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        if (right < 0 || (right - left + 1) * (bottom - top + 1) < w * h / 50)
        {
            return new SKRectI(0, 0, w, h);
        }

        return new SKRectI(left, top, right + 1, bottom + 1);
    }

    /// <summary>Area-averages the box of the map to a <see cref="Grid"/>×<see cref="Grid"/> grid.</summary>
    private static double[] Resample(float[] map, int w, SKRectI box)
    {
        var grid = new double[Grid * Grid];
        var bw = (double)box.Width / Grid;
        var bh = (double)box.Height / Grid;
        for (var gy = 0; gy < Grid; gy++)
        {
            for (var gx = 0; gx < Grid; gx++)
            {
                double x0 = box.Left + (gx * bw), x1 = x0 + bw, y0 = box.Top + (gy * bh), y1 = y0 + bh;
                double sum = 0, weight = 0;
                for (var y = (int)y0; y < Math.Ceiling(y1); y++)
                {
                    var wy = Math.Min(y + 1, y1) - Math.Max(y, y0);
                    for (var x = (int)x0; x < Math.Ceiling(x1); x++)
                    {
                        var wx = Math.Min(x + 1, x1) - Math.Max(x, x0);
                        sum += map[(y * w) + x] * wx * wy;
                        weight += wx * wy;
                    }
                }

                grid[(gy * Grid) + gx] = weight > 0 ? sum / weight : 0;
            }
        }

        return grid;
    }

    /// <summary>The bits, and a mask of the bits that are reliable: coefficients well away from the median.</summary>
    private static (ulong Bits, ulong Reliable) SignsOfDct(double[] grid)
    {
        // Separable 2-D DCT-II, keeping only the Low×Low lowest frequencies.
        var rows = new double[Grid * Low];
        for (var y = 0; y < Grid; y++)
        {
            for (var u = 0; u < Low; u++)
            {
                double s = 0;
                for (var x = 0; x < Grid; x++)
                {
                    s += grid[(y * Grid) + x] * Cosines[u, x];
                }

                rows[(y * Low) + u] = s;
            }
        }

        var coefficients = new double[Low * Low];
        for (var v = 0; v < Low; v++)
        {
            for (var u = 0; u < Low; u++)
            {
                double s = 0;
                for (var y = 0; y < Grid; y++)
                {
                    s += rows[(y * Low) + u] * Cosines[v, y];
                }

                coefficients[(v * Low) + u] = s;
            }
        }

        // The DC term only says how much ink there is; the median of the others splits the bits evenly.
        var ac = coefficients[1..];
        var sorted = (double[])ac.Clone();
        Array.Sort(sorted);
        var median = sorted[sorted.Length / 2];
        // Symmetric designs put many coefficients near zero, where the sign is noise: those bits are not compared.
        var deviations = ac.Select(c => Math.Abs(c - median)).Order().ToArray();
        var cutoff = deviations[deviations.Length / 8];
        ulong hash = 0, reliable = 0;
        for (var i = 0; i < ac.Length; i++)
        {
            if (ac[i] > median)
            {
                hash |= 1UL << i;
            }

            if (Math.Abs(ac[i] - median) > cutoff)
            {
                reliable |= 1UL << i;
            }
        }

        return (hash, reliable);
    }

    private static double[,] BuildCosines()
    {
        var table = new double[Low, Grid];
        for (var u = 0; u < Low; u++)
        {
            for (var x = 0; x < Grid; x++)
            {
                table[u, x] = Math.Cos((2 * x + 1) * u * Math.PI / (2 * Grid));
            }
        }

        return table;
    }
}
