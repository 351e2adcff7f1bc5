using SkiaSharp;
using Xunit.Abstractions;

namespace BBConduct.Rules.Images.Tests;

public sealed class LogoRegistryTests(ITestOutputHelper output)
{
    private static readonly int[] ReferenceSeeds = Enumerable.Range(1, 10).ToArray();

    [Fact]
    public void Decodes_png_and_jpeg_on_this_platform()
    {
        using var logo = SyntheticImages.Logo(1);
        var registry = LogoRegistry.FromImages([("crest.png", SyntheticImages.Png(logo))]);
        using var jpeg = new MemoryStream(SyntheticImages.Jpeg(logo, 90));
        using var png = new MemoryStream(SyntheticImages.Png(logo));

        Assert.Equal(1, registry.Count);
        Assert.Equal(0, registry.Match(png)?.Distance);
        Assert.NotNull(registry.Match(jpeg));
    }

    [Fact]
    public void Undecodable_reference_is_rejected_with_its_name()
    {
        var ex = Assert.Throws<InvalidDataException>(() => LogoRegistry.FromImages([("notes.png", "not an image"u8.ToArray())]));
        Assert.Contains("notes.png", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undecodable_attachment_is_no_match()
    {
        using var logo = SyntheticImages.Logo(1);
        var registry = LogoRegistry.FromImages([("crest.png", SyntheticImages.Png(logo))]);
        using var junk = new MemoryStream(new byte[1000]);
        Assert.Null(registry.Match(junk));
    }

    [Fact]
    public void Matches_scaled_recompressed_cropped_and_recoloured_logos_and_rarely_anything_else()
    {
        var registry = LogoRegistry.FromImages(ReferenceSeeds.Select(s => ($"logo-{s}.png", SyntheticImages.Png(SyntheticImages.Logo(s)))));
        var positives = new List<(string Kind, byte[] Image)>();
        foreach (var seed in ReferenceSeeds)
        {
            using var logo = SyntheticImages.Logo(seed);
            using (var half = SyntheticImages.Scaled(logo, 0.5f))
            {
                positives.Add(("scaled 0.5x", SyntheticImages.Png(half)));
            }

            using (var big = SyntheticImages.Scaled(logo, 1.7f))
            {
                positives.Add(("scaled 1.7x", SyntheticImages.Jpeg(big, 85)));
            }

            positives.Add(("jpeg q30", SyntheticImages.Jpeg(logo, 30)));
            for (var c = 0; c < 3; c++)
            {
                using var cropped = SyntheticImages.Cropped(logo, 0.1f, (seed * 10) + c);
                positives.Add(("cropped 10%", SyntheticImages.Jpeg(cropped, 80)));
            }

            for (var kind = 0; kind < 3; kind++)
            {
                using var recoloured = SyntheticImages.Recoloured(logo, kind);
                positives.Add(($"recoloured {kind}", SyntheticImages.Png(recoloured)));
            }
        }

        var negatives = new List<(string Kind, byte[] Image)>();
        foreach (var seed in Enumerable.Range(1000, 100))
        {
            using var other = SyntheticImages.Logo(seed);
            negatives.Add(("other crest", SyntheticImages.Jpeg(other, 80)));
        }

        foreach (var seed in Enumerable.Range(2000, 50))
        {
            using var scene = SyntheticImages.Scene(seed);
            negatives.Add(("scene", SyntheticImages.Jpeg(scene, 80)));
        }

        var truePositives = positives.Count(p => Matches(registry, p.Image));
        var falsePositives = negatives.Count(n => Matches(registry, n.Image));
        foreach (var group in positives.GroupBy(p => p.Kind))
        {
            output.WriteLine($"{group.Key}: {group.Count(p => Matches(registry, p.Image))}/{group.Count()} matched; distances {string.Join(",", group.Select(p => Closest(registry, p.Image)))}");
        }

        foreach (var group in negatives.GroupBy(p => p.Kind))
        {
            output.WriteLine($"{group.Key}: {group.Count(p => Matches(registry, p.Image))}/{group.Count()} falsely matched; closest {string.Join(",", group.Select(p => Closest(registry, p.Image)).Order().Take(10))}");
        }

        var trueRate = (double)truePositives / positives.Count;
        var falseRate = (double)falsePositives / negatives.Count;
        output.WriteLine($"true match rate {trueRate:P1} ({truePositives}/{positives.Count}); false match rate {falseRate:P1} ({falsePositives}/{negatives.Count}); threshold {registry.MaxDistance}/126 bits");
        Assert.True(trueRate >= 0.9, $"true match rate {trueRate:P1}");
        Assert.True(falseRate <= 0.03, $"false match rate {falseRate:P1}");
    }

    private static bool Matches(LogoRegistry registry, byte[] image)
    {
        using var stream = new MemoryStream(image);
        return registry.Match(stream) is not null;
    }

    private static int Closest(LogoRegistry registry, byte[] image)
    {
        using var stream = new MemoryStream(image);
        using var bitmap = ImageFingerprint.Decode(stream)!;
        return registry.ClosestDistance(ImageFingerprint.Hash(bitmap));
    }
}
