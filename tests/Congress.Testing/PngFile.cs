using System.Buffers.Binary;
using System.IO.Compression;

namespace Congress.Testing;

/// <summary>
/// A minimal PNG writer (8-bit RGB, one IDAT) for tests and benches that need real image files: photos made from pixels, a
/// decompression bomb whose header lies, incompressible pages for a 20 MB package.
/// </summary>
public static class PngFile
{
    /// <param name="filteredRows">Each row prefixed with its filter byte (0: none), as the IDAT stream holds them before zlib.</param>
    public static byte[] Rgb(int width, int height, byte[] filteredRows, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8; header[9] = 2; // 8-bit RGB
        Chunk(output, "IHDR", header);
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, level, leaveOpen: true)) z.Write(filteredRows);
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
}
