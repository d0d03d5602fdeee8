using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Application.Pipeline;

internal static class FaceBoxes
{
    /// <summary>Greedy non-maximum suppression: the best-scoring box wins over any overlapping it by more than <paramref name="iou"/>.</summary>
    public static List<FaceBox> Suppress(List<FaceBox> boxes, float iou)
    {
        boxes.Sort((a, b) => b.Score.CompareTo(a.Score));
        var kept = new List<FaceBox>();
        foreach (var box in boxes)
            if (kept.All(k => Overlap(k, box) <= iou)) kept.Add(box);
        return kept;
    }

    public static float Overlap(FaceBox a, FaceBox b)
    {
        var w = MathF.Max(0, MathF.Min(a.X2, b.X2) - MathF.Max(a.X1, b.X1));
        var h = MathF.Max(0, MathF.Min(a.Y2, b.Y2) - MathF.Max(a.Y1, b.Y1));
        var inter = w * h;
        return inter / (a.Width * a.Height + b.Width * b.Height - inter);
    }

    /// <summary>Square boxes (side = height, as the landmark model was trained), kept inside the image, largest first.</summary>
    public static IReadOnlyList<FaceBox> SquareAndSort(List<FaceBox> boxes, int width, int height) =>
        boxes.Select(b =>
        {
            var side = b.Height;
            float cx = (b.X1 + b.X2) / 2, cy = (b.Y1 + b.Y2) / 2;
            return new FaceBox(MathF.Max(0, cx - side / 2), MathF.Max(0, cy - side / 2), MathF.Min(width - 1, cx + side / 2), MathF.Min(height - 1, cy + side / 2), b.Score);
        })
        .Where(b => b.Width > 1 && b.Height > 1)
        .OrderByDescending(b => b.Width * b.Height).ToList();
}
