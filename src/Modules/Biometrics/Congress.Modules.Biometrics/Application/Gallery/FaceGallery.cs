using System.Collections.Concurrent;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Congress.Modules.Biometrics.Application.Gallery;

/// <summary>The outcome of a 1:N search: the best delegate and the runner-up's similarity.</summary>
internal readonly record struct GalleryMatch(Guid? DelegateId, float Best, float RunnerUp);

/// <summary>
/// One congress's enrolled embeddings as a contiguous row-major matrix of L2-normalised rows, so cosine similarity is a dot
/// product. Immutable: an enrolment builds a new one and swaps it in.
/// <para>
/// The scan runs over an 8-bit copy of the rows (each component × 127, rounded): a quarter of the bytes, so 10,000
/// templates are 5 MB instead of 20 MB and the scan no longer evicts the face models' weights from the CPU's caches before
/// the next frame (bench/README.md, "Face identification"). The best <see cref="Candidates"/> rows of that scan are then
/// scored again in float, so the match and its similarity are the float ones. The runner-up is the best float score of
/// another delegate among the candidates; in the rare case that every candidate is the same delegate (sixteen templates of
/// one face), the whole matrix is scanned in float for it.
/// </para>
/// </summary>
internal sealed class GalleryMatrix
{
    /// <summary>Rows re-scored in float after the 8-bit scan.</summary>
    public const int Candidates = 16;

    private const float Scale = 127f;

    public GalleryMatrix(int dimension, IReadOnlyList<(Guid DelegateId, float[] Embedding)> rows)
    {
        Dimension = dimension;
        Ids = rows.Select(r => r.DelegateId).ToArray();
        Matrix = new float[rows.Count * dimension];
        Quantised = new sbyte[rows.Count * dimension];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Embedding.AsSpan(0, dimension).CopyTo(Matrix.AsSpan(i * dimension, dimension));
            Quantise(rows[i].Embedding.AsSpan(0, dimension), Quantised.AsSpan(i * dimension, dimension));
        }
    }

    public int Dimension { get; }
    public Guid[] Ids { get; }
    public float[] Matrix { get; }
    public sbyte[] Quantised { get; }
    public int Count => Ids.Length;

    /// <summary>The best row and the best row of another delegate (the runner-up), by cosine similarity.</summary>
    public GalleryMatch Search(ReadOnlySpan<float> query)
    {
        if (Count == 0) return new(null, 0, 0);
        var dim = Dimension;
        Span<int> candidates = stackalloc int[Math.Min(Candidates, Count)];
        if (Count <= Candidates)
        {
            for (var i = 0; i < Count; i++) candidates[i] = i;
        }
        else
        {
            Span<sbyte> q = stackalloc sbyte[dim];
            Quantise(query, q);
            Span<int> scores = stackalloc int[Candidates];
            scores.Fill(int.MinValue);
            var weakest = 0;
            var rows = Quantised.AsSpan();
            for (var i = 0; i < Count; i++)
            {
                var s = DotInt8(q, rows.Slice(i * dim, dim));
                if (s <= scores[weakest]) continue;
                scores[weakest] = s;
                candidates[weakest] = i;
                for (var k = 0; k < Candidates; k++) if (scores[k] < scores[weakest]) weakest = k;
            }
        }

        var matrix = Matrix.AsSpan();
        var best = float.NegativeInfinity;
        var bestIndex = -1;
        Span<float> exact = stackalloc float[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            exact[c] = TensorPrimitives.Dot(query, matrix.Slice(candidates[c] * dim, dim));
            if (exact[c] > best) (best, bestIndex) = (exact[c], candidates[c]);
        }
        var second = float.NegativeInfinity;
        for (var c = 0; c < candidates.Length; c++)
            if (Ids[candidates[c]] != Ids[bestIndex]) second = Math.Max(second, exact[c]);
        if (float.IsNegativeInfinity(second) && Count > candidates.Length)
            for (var i = 0; i < Count; i++) // nobody else among the candidates: find them in float
                if (Ids[i] != Ids[bestIndex]) second = Math.Max(second, TensorPrimitives.Dot(query, matrix.Slice(i * dim, dim)));
        return new(Ids[bestIndex], best, float.IsNegativeInfinity(second) ? 0 : second);
    }

    private static void Quantise(ReadOnlySpan<float> values, Span<sbyte> into)
    {
        for (var i = 0; i < values.Length; i++) into[i] = (sbyte)Math.Clamp(MathF.Round(values[i] * Scale), -127, 127);
    }

    /// <summary>The dot product of two 8-bit rows: AVX2 widens to 16 bits and multiplies-and-adds pairs into 32-bit sums.</summary>
    internal static int DotInt8(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && a.Length >= 32)
        {
            var acc = Vector256<int>.Zero;
            ref var ra = ref MemoryMarshal.GetReference(a);
            ref var rb = ref MemoryMarshal.GetReference(b);
            for (; i <= a.Length - 32; i += 32)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref ra, (nuint)i));
                var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref rb, (nuint)i));
                acc = Avx2.Add(acc, Avx2.Add(Avx2.MultiplyAddAdjacent(aLow, bLow), Avx2.MultiplyAddAdjacent(aHigh, bHigh)));
            }
            sum = Vector256.Sum(acc);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}

/// <summary>Every congress's gallery in memory, loaded on first use and dropped when an enrolment changes it.</summary>
internal sealed class FaceGallery
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<GalleryMatrix>>> _galleries = new();

    public Task<GalleryMatrix> GetAsync(Guid congressId, Func<Task<GalleryMatrix>> load) =>
        _galleries.GetOrAdd(congressId, _ => new Lazy<Task<GalleryMatrix>>(load)).Value;

    public void Invalidate(Guid congressId) => _galleries.TryRemove(congressId, out _);
}
