using System.Numerics.Tensors;

namespace Congress.Modules.Biometrics.Application.Evaluation;

internal sealed record ThresholdRow(float Threshold, double FalseAcceptRate, double FalseRejectRate);

internal sealed record EvaluationReport(int People, int Faces, int GenuinePairs, int ImpostorPairs, IReadOnlyList<ThresholdRow> Rows, float Recommended, string Why);

/// <summary>
/// FAR/FRR over every pair of labelled embeddings: a genuine pair (same person) below the threshold is a false reject, an
/// impostor pair at or above it a false accept. The recommendation is the lowest threshold whose FAR is within the target
/// (fewest rejected delegates at the kiosk while strangers stay out); failing that, the equal-error point.
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
        var within = rows.FirstOrDefault(r => r.FalseAcceptRate <= targetFar);
        var people = faces.Select(f => f.Person).Distinct().Count();
        if (within is not null)
            return new(people, faces.Count, genuine.Count, impostor.Count, rows, within.Threshold,
                $"lowest threshold with FAR ≤ {targetFar:P2}: FRR {within.FalseRejectRate:P2}");
        var equal = rows.MinBy(r => Math.Abs(r.FalseAcceptRate - r.FalseRejectRate))!;
        return new(people, faces.Count, genuine.Count, impostor.Count, rows, equal.Threshold, $"no threshold reaches FAR ≤ {targetFar:P2}; equal-error point");
    }
}
