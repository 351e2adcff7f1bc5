using System.Numerics;

namespace BBConduct.Rules.Images;

/// <summary>
/// The two 63-bit halves of an image's perceptual hash, its silhouette against the background and its colour
/// edges, each with a mask of the bits whose coefficients are far enough from the median to be stable.
/// </summary>
/// <param name="Shape">Signs of the low DCT frequencies of the distance-from-background map.</param>
/// <param name="Edges">Signs of the low DCT frequencies of the colour-gradient map.</param>
/// <param name="ShapeReliable">The shape bits worth comparing.</param>
/// <param name="EdgesReliable">The edge bits worth comparing.</param>
internal readonly record struct ImageHash(ulong Shape, ulong Edges, ulong ShapeReliable, ulong EdgesReliable)
{
    /// <summary>The number of differing bits among those reliable in both hashes, scaled to 0–126.</summary>
    public int DistanceTo(ImageHash other)
    {
        var shapeMask = ShapeReliable & other.ShapeReliable;
        var edgeMask = EdgesReliable & other.EdgesReliable;
        var compared = BitOperations.PopCount(shapeMask) + BitOperations.PopCount(edgeMask);
        if (compared == 0)
        {
            return 126;
        }

        var differing = BitOperations.PopCount((Shape ^ other.Shape) & shapeMask) + BitOperations.PopCount((Edges ^ other.Edges) & edgeMask);
        return (int)Math.Round(differing * 126.0 / compared);
    }
}
