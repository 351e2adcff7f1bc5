using SkiaSharp;

namespace BBConduct.Rules.Images.Tests;

/// <summary>Draws made-up crests and unrelated pictures, and the edits people make to a logo before posting it.</summary>
internal static class SyntheticImages
{
    /// <summary>A crest: a shield or roundel in one colour with a few emblems on it, on a plain background.</summary>
    public static SKBitmap Logo(int seed, int size = 240)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        paint.Color = RandomColour(random);
        var m = size * 0.12f;
        using (var shield = new SKPath())
        {
            if (random.Next(2) == 0)
            {
                shield.MoveTo(m, m);
                shield.LineTo(size - m, m);
                shield.LineTo(size - m, size * 0.55f);
                shield.QuadTo(size - m, size * 0.8f, size / 2f, size - m);
                shield.QuadTo(m, size * 0.8f, m, size * 0.55f);
                shield.Close();
            }
            else
            {
                shield.AddCircle(size / 2f, size / 2f, (size / 2f) - m);
            }

            canvas.DrawPath(shield, paint);
        }

        var emblems = random.Next(2, 5);
        for (var i = 0; i < emblems; i++)
        {
            paint.Color = RandomColour(random);
            var cx = size * (0.3f + (0.4f * random.NextSingle()));
            var cy = size * (0.3f + (0.4f * random.NextSingle()));
            var r = size * (0.06f + (0.12f * random.NextSingle()));
            switch (random.Next(4))
            {
                case 0:
                    canvas.DrawCircle(cx, cy, r, paint);
                    break;
                case 1:
                    canvas.DrawRect(cx - r, cy - (r / 2), 2 * r, r, paint);
                    break;
                case 2:
                    using (var star = Star(cx, cy, r, random.Next(5, 8)))
                    {
                        canvas.DrawPath(star, paint);
                    }

                    break;
                default:
                    canvas.DrawRect(size * 0.12f, cy - (r / 4), size * 0.76f, r / 2, paint);
                    break;
            }
        }

        return bitmap;
    }

    /// <summary>Something that is not a logo: a photo-like scene of gradients and blobs with noise.</summary>
    public static SKBitmap Scene(int seed, int width = 320, int height = 240)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint { IsAntialias = true };
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width * random.NextSingle(), height), [RandomColour(random), RandomColour(random)], SKShaderTileMode.Clamp))
        {
            paint.Shader = shader;
            canvas.DrawRect(0, 0, width, height, paint);
        }

        paint.Shader = null;
        for (var i = 0; i < 12; i++)
        {
            paint.Color = RandomColour(random).WithAlpha((byte)random.Next(80, 255));
            canvas.DrawOval(width * random.NextSingle(), height * random.NextSingle(), width * 0.2f * random.NextSingle(), height * 0.2f * random.NextSingle(), paint);
        }

        for (var i = 0; i < 4000; i++)
        {
            bitmap.SetPixel(random.Next(width), random.Next(height), RandomColour(random));
        }

        return bitmap;
    }

    public static SKBitmap Scaled(SKBitmap source, float factor) =>
        source.Resize(new SKImageInfo((int)(source.Width * factor), (int)(source.Height * factor)), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))!;

    /// <summary>Removes <paramref name="fraction"/> of the width and of the height, split between the sides by <paramref name="seed"/>.</summary>
    public static SKBitmap Cropped(SKBitmap source, float fraction, int seed)
    {
        var random = new Random(seed);
        var dx = (int)(source.Width * fraction);
        var dy = (int)(source.Height * fraction);
        var left = random.Next(dx + 1);
        var top = random.Next(dy + 1);
        var result = new SKBitmap(source.Width - dx, source.Height - dy);
        using var canvas = new SKCanvas(result);
        canvas.DrawBitmap(source, -left, -top);
        return result;
    }

    /// <summary>Changes the colours: swaps channels, inverts, or turns grey.</summary>
    public static SKBitmap Recoloured(SKBitmap source, int kind)
    {
        float[] matrix = kind switch
        {
            0 => [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            1 => [-1, 0, 0, 0, 255, 0, -1, 0, 0, 255, 0, 0, -1, 0, 255, 0, 0, 0, 1, 0],
            _ => [0.3f, 0.59f, 0.11f, 0, 0, 0.3f, 0.59f, 0.11f, 0, 0, 0.3f, 0.59f, 0.11f, 0, 0, 0, 0, 0, 1, 0],
        };
        for (var i = 0; i < 20; i++)
        {
            if (i % 5 == 4)
            {
                matrix[i] /= 255f;
            }
        }

        var result = new SKBitmap(source.Width, source.Height);
        using var canvas = new SKCanvas(result);
        using var filter = SKColorFilter.CreateColorMatrix(matrix);
        using var paint = new SKPaint { ColorFilter = filter };
        canvas.DrawBitmap(source, 0, 0, paint);
        return result;
    }

    public static byte[] Png(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(SKBitmap bitmap, int quality) => Encode(bitmap, SKEncodedImageFormat.Jpeg, quality);

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKColor RandomColour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static SKPath Star(float cx, float cy, float r, int points)
    {
        var path = new SKPath();
        for (var i = 0; i < 2 * points; i++)
        {
            var radius = i % 2 == 0 ? r : r * 0.45f;
            var angle = (Math.PI * i / points) - (Math.PI / 2);
            var x = cx + (float)(radius * Math.Cos(angle));
            var y = cy + (float)(radius * Math.Sin(angle));
            if (i == 0)
            {
                path.MoveTo(x, y);
            }
            else
            {
                path.LineTo(x, y);
            }
        }

        path.Close();
        return path;
    }
}
