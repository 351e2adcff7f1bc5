using System.Numerics;

namespace BBConduct.Rules.Images;

/// <summary>The two 63-bit halves of an image's perceptual hash: its silhouette against the background, and its colour edges.</summary>
/// <param name="Shape">Signs of the low DCT frequencies of the distance-from-background map.</param>
/// <param name="Edges">Signs of the low DCT frequencies of the colour-gradient map.</param>
internal readonly record struct ImageHash(ulong Shape, ulong Edges)
{
    /// <summary>The number of differing bits, 0–126.</summary>
    public int DistanceTo(ImageHash other) => BitOperations.PopCount(Shape ^ other.Shape) + BitOperations.PopCount(Edges ^ other.Edges);
}
