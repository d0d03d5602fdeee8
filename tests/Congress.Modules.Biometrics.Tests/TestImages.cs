using System.IO.Compression;
using System.Buffers.Binary;
using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Tests;

/// <summary>Hand-made PNG files: a valid one from pixels, and a "bomb" whose header claims a huge image.</summary>
internal static class TestImages
{
    public static byte[] Png(RgbImage image)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < image.Height; y++)
        {
            raw.WriteByte(0); // filter: none
            raw.Write(image.Pixels, y * image.Width * 3, image.Width * 3);
        }
        return Png(image.Width, image.Height, raw.ToArray());
    }

    /// <summary>A PNG whose header says <paramref name="width"/>×<paramref name="height"/> RGB and whose data is a few KB of zlib that would inflate to all of it.</summary>
    public static byte[] PngBomb(int width, int height)
    {
        // One row of zeros repeated compresses ~1000:1; a real bomb would inflate to width*height*3 bytes.
        var raw = new byte[Math.Min((long)(width * 3L + 1) * 64, 1 << 22)];
        return Png(width, height, raw);
    }

    private static byte[] Png(int width, int height, byte[] filteredRows) => Congress.Testing.PngFile.Rgb(width, height, filteredRows);

    public static byte[] JpegClaiming(byte[] jpeg, int width, int height)
    {
        var copy = (byte[])jpeg.Clone();
        for (var i = 2; i < copy.Length - 9;)
        {
            var marker = copy[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(i + 2));
            if (marker is 0xC0 or 0xC1 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), (ushort)width);
                return copy;
            }
            i += 2 + length;
        }
        throw new InvalidOperationException("no SOF marker");
    }

    public static RgbImage Grey(int width, int height, byte value) => new(width, height, Enumerable.Repeat(value, width * height * 3).ToArray());
}
