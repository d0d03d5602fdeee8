using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Application.Pipeline;

/// <summary>
/// Aligns a face to the 112×112 template the embedder was trained on: the least-squares similarity transform
/// (rotation, uniform scale, translation; Umeyama) taking the five landmarks to the reference points, then bilinear
/// sampling through its inverse. Unaligned crops make embeddings unstable; aligned ones barely move with the box.
/// </summary>
internal static class FaceAligner
{
    public const int Size = 112;

    private static readonly float[] RefX = [38.2946f, 73.5318f, 56.0252f, 41.5493f, 70.7299f];
    private static readonly float[] RefY = [51.6963f, 51.5014f, 71.7366f, 92.3655f, 92.2041f];

    /// <summary>The transform dst = s·R·src + t as (a, b, tx, ty): x' = a·x − b·y + tx, y' = b·x + a·y + ty.</summary>
    public static (float A, float B, float Tx, float Ty) Similarity(FivePoints points)
    {
        double mx = 0, my = 0, rx = 0, ry = 0;
        for (var i = 0; i < 5; i++) { mx += points.X[i]; my += points.Y[i]; rx += RefX[i]; ry += RefY[i]; }
        mx /= 5; my /= 5; rx /= 5; ry /= 5;
        double sxx = 0, sxy = 0, norm = 0;
        for (var i = 0; i < 5; i++)
        {
            double x = points.X[i] - mx, y = points.Y[i] - my, u = RefX[i] - rx, v = RefY[i] - ry;
            sxx += x * u + y * v;
            sxy += x * v - y * u;
            norm += x * x + y * y;
        }
        if (norm < 1e-9) norm = 1e-9;
        var a = sxx / norm;
        var b = sxy / norm;
        return ((float)a, (float)b, (float)(rx - (a * mx - b * my)), (float)(ry - (b * mx + a * my)));
    }

    /// <summary>The aligned face as CHW floats (v − 127) / 128, what the embedder takes.</summary>
    public static float[] AlignChw(RgbImage image, FivePoints points)
    {
        var (a, b, tx, ty) = Similarity(points);
        // Inverse: src = R⁻¹ (dst − t) / s.
        var det = a * a + b * b;
        float ia = a / det, ib = -b / det;
        var chw = new float[3 * Size * Size];
        const int plane = Size * Size;
        var px = image.Pixels;
        var stride = image.Width * 3;
        int maxX = image.Width - 1, maxY = image.Height - 1;
        for (var dy = 0; dy < Size; dy++)
        {
            for (var dx = 0; dx < Size; dx++)
            {
                float u = dx - tx, v = dy - ty;
                var sx = ia * u - ib * v;
                var sy = ib * u + ia * v;
                var ix = (int)MathF.Floor(sx);
                var iy = (int)MathF.Floor(sy);
                float wx = sx - ix, wy = sy - iy;
                int x0 = Math.Clamp(ix, 0, maxX) * 3, x1 = Math.Clamp(ix + 1, 0, maxX) * 3;
                int r0 = Math.Clamp(iy, 0, maxY) * stride, r1 = Math.Clamp(iy + 1, 0, maxY) * stride;
                var o = dy * Size + dx;
                for (var c = 0; c < 3; c++)
                {
                    var top = px[r0 + x0 + c] + (px[r0 + x1 + c] - px[r0 + x0 + c]) * wx;
                    var bottom = px[r1 + x0 + c] + (px[r1 + x1 + c] - px[r1 + x0 + c]) * wx;
                    chw[c * plane + o] = (top + (bottom - top) * wy - 127f) / 128f;
                }
            }
        }
        return chw;
    }
}
