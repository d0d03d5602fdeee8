using System.Numerics.Tensors;

namespace Congress.Modules.Biometrics.Application.Evaluation;

internal sealed record ThresholdRow(float Threshold, double FalseAcceptRate, double FalseRejectRate);

/// <param name="BandFrom">The lowest threshold as good as the recommended one (same FRR, FAR within the target).</param>
/// <param name="BandTo">The highest such threshold.</param>
internal sealed record EvaluationReport(int People, int Faces, int GenuinePairs, int ImpostorPairs, IReadOnlyList<ThresholdRow> Rows, float Recommended, float BandFrom, float BandTo, string Why);

/// <summary>
/// FAR/FRR over every pair of labelled embeddings: a genuine pair (same person) below the threshold is a false reject, an
/// impostor pair at or above it a false accept. Among the thresholds whose FAR is within the target, those with the fewest
/// false rejects form a band; the recommendation is its middle, as far from both kinds of error as this data allows (a
/// small set of faces makes the band's edges unreliable). Failing any, the equal-error point.
/// </summary>
internal static class ThresholdEvaluation
{
    public static EvaluationReport Evaluate(IReadOnlyList<(string Person, float[] Embedding)> faces, float from, float to, float step, double targetFar)
    {
        var genuine = new List<float>();
        var impostor = new List<float>();
        for (var i = 0; i < faces.Count; i++)
            for (var j = i + 1; j < faces.Count; j++)
                (faces[i].Person == faces[j].Person ? genuine : impostor).Add(TensorPrimitives.CosineSimilarity(faces[i].Embedding, faces[j].Embedding));
        var rows = new List<ThresholdRow>();
        for (var t = from; t <= to + 1e-6f; t += step)
        {
            var threshold = MathF.Round(t, 3);
            rows.Add(new ThresholdRow(threshold,
                impostor.Count == 0 ? 0 : impostor.Count(s => s >= threshold) / (double)impostor.Count,
                genuine.Count == 0 ? 0 : genuine.Count(s => s < threshold) / (double)genuine.Count));
        }
        var people = faces.Select(f => f.Person).Distinct().Count();
        var within = rows.Where(r => r.FalseAcceptRate <= targetFar).ToList();
        if (within.Count > 0)
        {
            var fewest = within.Min(r => r.FalseRejectRate);
            var band = within.Where(r => r.FalseRejectRate == fewest).Select(r => r.Threshold).ToList();
            var middle = band[band.Count / 2];
            return new(people, faces.Count, genuine.Count, impostor.Count, rows, middle, band[0], band[^1],
                $"middle of {band[0]:F2}–{band[^1]:F2}, where FAR ≤ {targetFar * 100:F2}% and FRR is lowest ({fewest * 100:F2}%)");
        }
        var equal = rows.MinBy(r => Math.Abs(r.FalseAcceptRate - r.FalseRejectRate))!;
        return new(people, faces.Count, genuine.Count, impostor.Count, rows, equal.Threshold, equal.Threshold, equal.Threshold,
            $"no threshold reaches FAR ≤ {targetFar * 100:F2}%; equal-error point");
    }
}
