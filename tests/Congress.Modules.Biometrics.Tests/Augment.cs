using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Tests;

/// <summary>Crops and augmentations of the real photos: what a kiosk camera does to a face that a passport photo does not.</summary>
internal static class Augment
{
    /// <summary>The face's box widened by <paramref name="margin"/> on each side (a portrait crop), at its natural size.</summary>
    public static RgbImage Portrait(RgbImage image, FaceBox face, float margin = 0.6f, float shiftX = 0, float shiftY = 0, float scale = 1f)
    {
        var side = face.Size * (1 + 2 * margin);
        var x = (face.X1 + face.X2) / 2 - side / 2 + shiftX * face.Size;
        var y = (face.Y1 + face.Y2) / 2 - side / 2 + shiftY * face.Size;
        var size = Math.Max(32, (int)(side * scale));
        return ImageSampler.CropResize(image, x, y, side, side, size, size);
    }

    public static RgbImage Flip(RgbImage image)
    {
        var pixels = new byte[image.Pixels.Length];
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                Array.Copy(image.Pixels, (y * image.Width + x) * 3, pixels, (y * image.Width + image.Width - 1 - x) * 3, 3);
        return new RgbImage(image.Width, image.Height, pixels);
    }

    public static RgbImage Brightness(RgbImage image, int delta) =>
        new(image.Width, image.Height, image.Pixels.Select(p => (byte)Math.Clamp(p + delta, 0, 255)).ToArray());
}
