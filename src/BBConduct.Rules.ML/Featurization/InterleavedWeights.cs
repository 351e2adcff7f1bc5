using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace BBConduct.Rules.ML.Featurization;

/// <summary>
/// Every head's weights side by side (<c>Values[index * Heads + head]</c>), so scoring every head reads one cache line
/// per feature, in an array pinned for the model's lifetime so that counting a post can prefetch the line of each new
/// feature: the dot product that follows then finds its weights in the cache instead of waiting on the 4 MB table
/// in turn (measured on unique 200-character posts: 8.0 → 6.7 µs per post, one core).
/// </summary>
internal sealed class InterleavedWeights
{
    private readonly nint _address;
    private readonly int _rowBytes;

    public InterleavedWeights(IReadOnlyList<float[]> weights, int dimension)
    {
        Heads = weights.Count;
        Values = GC.AllocateArray<float>(dimension * Heads, pinned: true);
        for (var h = 0; h < Heads; h++)
        {
            var w = weights[h];
            for (var i = 0; i < dimension; i++)
            {
                Values[(i * Heads) + h] = w[i];
            }
        }

        unsafe
        {
            _address = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(Values));
        }

        _rowBytes = Heads * sizeof(float);
    }

    /// <summary>The number of heads.</summary>
    public int Heads { get; }

    /// <summary>The weights, feature by feature, head by head within a feature.</summary>
    public float[] Values { get; }

    /// <summary>Asks the processor to start loading feature <paramref name="index"/>'s weights; does nothing where it cannot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index)
    {
        if (Sse.IsSupported)
        {
            unsafe
            {
                // The array is pinned, so its address holds; a prefetch never faults, whatever the index.
                Sse.Prefetch0((byte*)_address + ((long)index * _rowBytes));
            }
        }
    }
}
