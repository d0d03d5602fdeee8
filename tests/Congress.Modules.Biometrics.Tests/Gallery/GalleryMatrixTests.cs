using System.Numerics.Tensors;
using Congress.Modules.Biometrics.Application.Gallery;
using FluentAssertions;

namespace Congress.Modules.Biometrics.Tests.Gallery;

/// <summary>
/// The 1:N search scans 8-bit rows and re-scores its best candidates in float (GalleryMatrix). Whatever the shortcut, a
/// gate must get what an exhaustive float search gives: the same delegate, the same similarity, the same runner-up.
/// </summary>
public class GalleryMatrixTests
{
    private const int Dimension = 512;

    private static float[] Unit(Random random)
    {
        var v = new float[Dimension];
        for (var i = 0; i < v.Length; i++) v[i] = (float)(random.NextDouble() * 2 - 1);
        var norm = TensorPrimitives.Norm(v);
        TensorPrimitives.Divide(v, norm, v);
        return v;
    }

    /// <summary>A noisy capture of <paramref name="face"/>: similarity ~0.6–0.9, as a real second photo of one person.</summary>
    private static float[] Near(float[] face, Random random, float noise)
    {
        var other = Unit(random);
        var v = new float[Dimension];
        for (var i = 0; i < v.Length; i++) v[i] = face[i] + noise * other[i];
        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static GalleryMatch Exhaustive(IReadOnlyList<(Guid Id, float[] Row)> rows, float[] query)
    {
        var scored = rows.Select(r => (r.Id, Score: TensorPrimitives.Dot(query, r.Row))).ToList();
        var best = scored.MaxBy(s => s.Score);
        var others = scored.Where(s => s.Id != best.Id).ToList();
        return new(best.Id, best.Score, others.Count == 0 ? 0 : others.Max(s => s.Score));
    }

    [Fact]
    public void The_8_bit_scan_finds_what_an_exhaustive_float_search_finds()
    {
        var random = new Random(20261205);
        var people = Enumerable.Range(0, 3000).Select(_ => (Id: Guid.NewGuid(), Face: Unit(random))).ToList();
        // One to three templates each, and a few look-alike pairs (the runner-up then matters).
        var rows = people.SelectMany(p => Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (p.Id, Row: Near(p.Face, random, 0.35f)))).ToList();
        foreach (var twin in people.Take(20)) rows.Add((Guid.NewGuid(), Near(twin.Face, random, 0.5f)));
        var gallery = new GalleryMatrix(Dimension, rows.Select(r => (r.Id, r.Row)).ToList());

        var queries = people.Take(150).Select(p => Near(p.Face, random, 0.6f)).Concat(Enumerable.Range(0, 50).Select(_ => Unit(random))).ToList();
        foreach (var query in queries)
        {
            var expected = Exhaustive(rows, query);
            var found = gallery.Search(query);
            found.DelegateId.Should().Be(expected.DelegateId);
            found.Best.Should().BeApproximately(expected.Best, 1e-5f);
            found.RunnerUp.Should().BeApproximately(expected.RunnerUp, 1e-5f, "the margin check needs the true runner-up");
        }
    }

    [Fact]
    public void When_every_candidate_is_one_delegate_the_runner_up_is_still_found()
    {
        var random = new Random(7);
        var face = Unit(random);
        var many = Guid.NewGuid();
        var rows = Enumerable.Range(0, GalleryMatrix.Candidates + 4).Select(_ => (many, Near(face, random, 0.2f)))
            .Concat(Enumerable.Range(0, 500).Select(_ => (Guid.NewGuid(), Unit(random)))).ToList();
        var gallery = new GalleryMatrix(Dimension, rows);

        var query = Near(face, random, 0.2f);
        var found = gallery.Search(query);
        var expected = Exhaustive(rows, query);

        found.DelegateId.Should().Be(many);
        found.RunnerUp.Should().BeApproximately(expected.RunnerUp, 1e-5f);
        found.RunnerUp.Should().BeGreaterThan(0, "someone else is in the gallery");
    }

    [Fact]
    public void The_8_bit_dot_product_is_exact_on_any_length()
    {
        var random = new Random(3);
        foreach (var length in new[] { 1, 31, 32, 33, 512, 515 })
        {
            var a = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            var b = Enumerable.Range(0, length).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();
            GalleryMatrix.DotInt8(a, b).Should().Be(a.Zip(b, (x, y) => x * y).Sum(), $"length {length}");
        }
    }
}
