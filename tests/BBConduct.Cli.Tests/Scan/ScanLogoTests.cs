using SkiaSharp;

namespace BBConduct.Cli.Tests.Scan;

public sealed class ScanLogoTests
{
    [Fact]
    public void Logo_option_flags_an_exported_post_whose_photo_is_a_resized_copy_of_the_crest()
    {
        using var temp = new TempFolder();
        var crest = temp.File("crest.png");
        using (var logo = Crest(300))
        {
            Save(logo, crest, SKEncodedImageFormat.Png, 100);
        }

        var export = Path.Combine(temp.Path, "export");
        var media = Path.Combine(export, "media", "posts", "202501");
        var content = Path.Combine(export, "your_instagram_activity", "content");
        Directory.CreateDirectory(media);
        Directory.CreateDirectory(content);
        using (var small = Crest(180))
        {
            Save(small, Path.Combine(media, "1.jpg"), SKEncodedImageFormat.Jpeg, 70);
        }

        using (var other = new SKBitmap(200, 150))
        {
            using var canvas = new SKCanvas(other);
            canvas.Clear(new SKColor(40, 120, 200));
            using var paint = new SKPaint { Color = SKColors.Yellow };
            canvas.DrawCircle(150, 40, 25, paint);
            Save(other, Path.Combine(media, "2.jpg"), SKEncodedImageFormat.Jpeg, 80);
        }

        File.WriteAllText(Path.Combine(content, "posts_1.json"), """
            [
              {"media": [{"uri": "media/posts/202501/1.jpg", "creation_timestamp": 1736935200, "title": "New hoodies for sale"}]},
              {"media": [{"uri": "media/posts/202501/2.jpg", "creation_timestamp": 1736935300, "title": "Sunny day"}]}
            ]
            """);

        var run = ScanRun.Of(export, "--logo", crest);

        Assert.True(2 == run.Results.Count, run.Stdout + run.Stderr);
        Assert.True(run.Stdout.Contains("logo.image", StringComparison.Ordinal), run.Stdout + run.Stderr);
        var finding = Assert.Single(run.Results[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "logo.image");
        Assert.Equal("LogoMisuse", finding.GetProperty("category").GetString());
        Assert.Contains("1.jpg", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("media/posts/202501/1.jpg", finding.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(run.Results[1].GetProperty("findings").EnumerateArray());

        Assert.Equal(2, ScanRun.Of(export, "--logo", Path.Combine(content, "posts_1.json")).Exit);
    }

    private static SKBitmap Crest(int size)
    {
        var bitmap = new SKBitmap(size, size);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(20, 40, 120) };
        canvas.DrawCircle(size / 2f, size / 2f, size * 0.4f, paint);
        paint.Color = new SKColor(230, 180, 20);
        canvas.DrawRect(size * 0.3f, size * 0.45f, size * 0.4f, size * 0.1f, paint);
        canvas.DrawCircle(size * 0.5f, size * 0.3f, size * 0.08f, paint);
        return bitmap;
    }

    private static void Save(SKBitmap bitmap, string path, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        File.WriteAllBytes(path, data.ToArray());
    }
}
