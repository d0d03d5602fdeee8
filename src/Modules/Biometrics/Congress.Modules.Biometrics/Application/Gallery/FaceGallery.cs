using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace Congress.Modules.Biometrics.Application.Gallery;

/// <summary>The outcome of a 1:N search: the best delegate and the runner-up's similarity.</summary>
internal readonly record struct GalleryMatch(Guid? DelegateId, float Best, float RunnerUp);

/// <summary>
/// One congress's enrolled embeddings as a contiguous row-major matrix of L2-normalised rows, so cosine similarity is a dot
/// product (TensorPrimitives.Dot: AVX2/AVX-512 on this CPU). Immutable: an enrolment builds a new one and swaps it in.
/// </summary>
internal sealed class GalleryMatrix
{
    public GalleryMatrix(int dimension, IReadOnlyList<(Guid DelegateId, float[] Embedding)> rows)
    {
        Dimension = dimension;
        Ids = rows.Select(r => r.DelegateId).ToArray();
        Matrix = new float[rows.Count * dimension];
        for (var i = 0; i < rows.Count; i++) rows[i].Embedding.AsSpan(0, dimension).CopyTo(Matrix.AsSpan(i * dimension, dimension));
    }

    public int Dimension { get; }
    public Guid[] Ids { get; }
    public float[] Matrix { get; }
    public int Count => Ids.Length;

    /// <summary>The best row and the best row of another delegate (the runner-up), by cosine similarity.</summary>
    public GalleryMatch Search(ReadOnlySpan<float> query)
    {
        if (Count == 0) return new(null, 0, 0);
        var dim = Dimension;
        var matrix = Matrix.AsSpan();
        float best = float.NegativeInfinity, second = float.NegativeInfinity;
        var bestIndex = -1;
        for (var i = 0; i < Ids.Length; i++)
        {
            var s = TensorPrimitives.Dot(query, matrix.Slice(i * dim, dim));
            if (s > best)
            {
                if (bestIndex < 0 || Ids[bestIndex] != Ids[i]) second = best;
                best = s;
                bestIndex = i;
            }
            else if (s > second && Ids[i] != Ids[bestIndex]) second = s;
        }
        return new(Ids[bestIndex], best, float.IsNegativeInfinity(second) ? 0 : second);
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
