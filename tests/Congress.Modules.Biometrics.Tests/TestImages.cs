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

    private static byte[] Png(int width, int height, byte[] filteredRows)
    {
        var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8; header[9] = 2; // 8-bit RGB
        Chunk(output, "IHDR", header);
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(filteredRows);
        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typeAndData = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typeAndData);
        data.CopyTo(typeAndData, 4);
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typeAndData));
        output.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The JPEG with its frame header (SOF) rewritten to claim <paramref name="width"/>×<paramref name="height"/>.</summary>
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
