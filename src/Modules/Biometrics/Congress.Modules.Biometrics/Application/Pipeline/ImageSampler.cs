using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Application.Pipeline;

/// <summary>Bilinear sampling of an <see cref="RgbImage"/> into the planar float tensors the models take.</summary>
internal static class ImageSampler
{
    /// <summary>
    /// Resizes the region (x, y, w, h) of <paramref name="image"/> to dstW×dstH, writing planar RGB (CHW) as
    /// <c>(v + offset) * scale</c>. Samples outside the image repeat the edge.
    /// </summary>
    public static unsafe void CropResizeChw(RgbImage image, float x, float y, float w, float h, int dstW, int dstH, Span<float> chw, float offset, float scale)
    {
        var plane = dstW * dstH;
        if (chw.Length < 3 * plane) throw new ArgumentException("Target too small.", nameof(chw));
        var sx = w / dstW;
        var sy = h / dstH;
        var stride = image.Width * 3;
        var maxX = image.Width - 1;
        var maxY = image.Height - 1;
        var x0s = new int[dstW];
        var x1s = new int[dstW];
        var fxs = new float[dstW];
        for (var dx = 0; dx < dstW; dx++)
        {
            var fx = x + (dx + 0.5f) * sx - 0.5f;
            var ix = (int)MathF.Floor(fx);
            fxs[dx] = fx - ix;
            x0s[dx] = Math.Clamp(ix, 0, maxX) * 3;
            x1s[dx] = Math.Clamp(ix + 1, 0, maxX) * 3;
        }
        fixed (byte* pixels = image.Pixels)
        fixed (float* target = chw)
        fixed (int* x0p = x0s, x1p = x1s)
        fixed (float* fxp = fxs)
        {
            float* r = target, g = target + plane, b = target + 2 * plane;
            for (var dy = 0; dy < dstH; dy++)
            {
                var fy = y + (dy + 0.5f) * sy - 0.5f;
                var iy = (int)MathF.Floor(fy);
                var wy = fy - iy;
                var row0 = pixels + Math.Clamp(iy, 0, maxY) * stride;
                var row1 = pixels + Math.Clamp(iy + 1, 0, maxY) * stride;
                var o = dy * dstW;
                for (var dx = 0; dx < dstW; dx++)
                {
                    var wx = fxp[dx];
                    byte* a = row0 + x0p[dx], bb = row0 + x1p[dx], c = row1 + x0p[dx], d = row1 + x1p[dx];
                    float w00 = (1 - wx) * (1 - wy), w01 = wx * (1 - wy), w10 = (1 - wx) * wy, w11 = wx * wy;
                    r[o + dx] = (a[0] * w00 + bb[0] * w01 + c[0] * w10 + d[0] * w11 + offset) * scale;
                    g[o + dx] = (a[1] * w00 + bb[1] * w01 + c[1] * w10 + d[1] * w11 + offset) * scale;
                    b[o + dx] = (a[2] * w00 + bb[2] * w01 + c[2] * w10 + d[2] * w11 + offset) * scale;
                }
            }
        }
    }

    /// <summary>As <see cref="CropResizeChw"/> but one grey plane (ITU-R 601 luma).</summary>
    public static void CropResizeGrey(RgbImage image, float x, float y, float w, float h, int dstW, int dstH, Span<float> grey, float scale)
    {
        Span<float> rgb = new float[3 * dstW * dstH];
        CropResizeChw(image, x, y, w, h, dstW, dstH, rgb, 0, 1);
        var plane = dstW * dstH;
        for (var i = 0; i < plane; i++) grey[i] = (0.299f * rgb[i] + 0.587f * rgb[plane + i] + 0.114f * rgb[2 * plane + i]) * scale;
    }

    /// <summary>A new image: the region (x, y, w, h) resized to dstW×dstH, bytes again (for augmentations and tests).</summary>
    public static RgbImage CropResize(RgbImage image, float x, float y, float w, float h, int dstW, int dstH)
    {
        var chw = new float[3 * dstW * dstH];
        CropResizeChw(image, x, y, w, h, dstW, dstH, chw, 0, 1);
        var plane = dstW * dstH;
        var pixels = new byte[plane * 3];
        for (var i = 0; i < plane; i++)
            for (var c = 0; c < 3; c++) pixels[i * 3 + c] = (byte)Math.Clamp(MathF.Round(chw[c * plane + i]), 0, 255);
        return new RgbImage(dstW, dstH, pixels);
    }
}
