using System.Runtime.InteropServices;
using Congress.Modules.Biometrics.Application.Ports;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Infrastructure.Imaging;

/// <summary>
/// JPEG through Debian's libturbojpeg, PNG through libspng (docs/adr/0007). The header is read first and the pixel count
/// capped (<c>Biometrics:MaxPixels</c>) before a single pixel is decoded: a 60-megapixel photo or a PNG bomb is refused
/// from its first bytes. Truncated or corrupt data fails (turbojpeg stops on warnings; spng checks CRCs).
/// </summary>
internal sealed unsafe class NativeImageDecoder(IOptions<BiometricsOptions> options) : IImageDecoder
{
    private const string TurboJpeg = "libturbojpeg.so.0";
    private const string Spng = "libspng.so.0";

    public (RgbImage? Image, ImageProblem? Problem) Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length < 8) return (null, new("image.empty", "Ảnh rỗng hoặc quá ngắn (empty image)."));
        if (encoded.Length > options.Value.MaxImageBytes)
            return (null, new("image.too_large", $"Tệp ảnh quá lớn: {encoded.Length / 1048576.0:F1} MB, tối đa {options.Value.MaxImageBytes / 1048576} MB (file too large)."));
        try
        {
            if (encoded[0] == 0xFF && encoded[1] == 0xD8) return DecodeJpeg(encoded);
            if (encoded[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return DecodePng(encoded);
        }
        catch (DllNotFoundException e)
        {
            return (null, new("image.codec_missing", $"Thiếu thư viện giải mã ảnh trên máy chủ (codec missing): {e.Message}"));
        }
        return (null, new("image.format", "Chỉ nhận ảnh JPEG hoặc PNG (only JPEG or PNG)."));
    }

    private ImageProblem? CheckSize(long width, long height)
    {
        if (width <= 0 || height <= 0) return new("image.empty", "Ảnh không có điểm ảnh nào (empty image).");
        if (width * height > options.Value.MaxPixels)
            return new("image.too_many_pixels",
                $"Ảnh quá lớn: {width}×{height} = {width * height / 1e6:F1} triệu điểm ảnh, tối đa {options.Value.MaxPixels / 1e6:F1} triệu (too many pixels).");
        if (width < 32 || height < 32) return new("image.too_small", $"Ảnh quá nhỏ: {width}×{height} (image too small).");
        return null;
    }

    private (RgbImage?, ImageProblem?) DecodeJpeg(ReadOnlySpan<byte> encoded)
    {
        var handle = tjInitDecompress();
        if (handle == 0) return (null, new("image.codec", "Không khởi tạo được bộ giải mã JPEG."));
        try
        {
            fixed (byte* source = encoded)
            {
                int width, height, subsampling, colourspace;
                if (tjDecompressHeader3(handle, source, (nuint)encoded.Length, &width, &height, &subsampling, &colourspace) != 0)
                    return (null, new("image.corrupt", $"Ảnh JPEG hỏng: {Error(handle)} (corrupt JPEG)."));
                if (CheckSize(width, height) is { } problem) return (null, problem);
                var pixels = GC.AllocateUninitializedArray<byte>(width * height * 3);
                fixed (byte* target = pixels)
                {
                    // TJPF_RGB = 0; TJFLAG_STOPONWARNING (8192): a truncated file fails instead of coming back half grey;
                    // TJFLAG_LIMITSCANS (32768): a progressive JPEG with thousands of scans is refused.
                    if (tjDecompress2(handle, source, (nuint)encoded.Length, target, width, width * 3, height, 0, 8192 | 32768) != 0)
                        return (null, new("image.corrupt", $"Ảnh JPEG hỏng hoặc bị cắt cụt: {Error(handle)} (corrupt or truncated JPEG)."));
                }
                return (new RgbImage(width, height, pixels), null);
            }
        }
        finally { tjDestroy(handle); }
    }

    private static string Error(nint handle) => Marshal.PtrToStringUTF8(tjGetErrorStr2(handle)) ?? "?";

    private (RgbImage?, ImageProblem?) DecodePng(ReadOnlySpan<byte> encoded)
    {
        var context = spng_ctx_new(0);
        if (context == 0) return (null, new("image.codec", "Không khởi tạo được bộ giải mã PNG."));
        try
        {
            fixed (byte* source = encoded)
            {
                spng_set_png_buffer(context, source, (nuint)encoded.Length);
                // Ancillary chunks (text, ICC) capped at 1 MB each and 4 MB in all: a bomb can hide there too.
                spng_set_chunk_limits(context, 1 << 20, 4 << 20);
                SpngHeader header;
                var error = spng_get_ihdr(context, &header);
                if (error != 0) return (null, new("image.corrupt", $"Ảnh PNG hỏng: {SpngError(error)} (corrupt PNG)."));
                if (CheckSize(header.Width, header.Height) is { } problem) return (null, problem);
                const int rgb8 = 4; // SPNG_FMT_RGB8
                nuint size;
                error = spng_decoded_image_size(context, rgb8, &size);
                if (error != 0) return (null, new("image.corrupt", $"Ảnh PNG hỏng: {SpngError(error)} (corrupt PNG)."));
                var pixels = GC.AllocateUninitializedArray<byte>((int)size);
                fixed (byte* target = pixels) error = spng_decode_image(context, target, size, rgb8, 0);
                if (error != 0) return (null, new("image.corrupt", $"Ảnh PNG hỏng hoặc bị cắt cụt: {SpngError(error)} (corrupt or truncated PNG)."));
                return (new RgbImage((int)header.Width, (int)header.Height, pixels), null);
            }
        }
        finally { spng_ctx_free(context); }
    }

    private static string SpngError(int error) => Marshal.PtrToStringUTF8(spng_strerror(error)) ?? error.ToString();

    [StructLayout(LayoutKind.Sequential)]
    private struct SpngHeader
    {
        public uint Width;
        public uint Height;
        public byte BitDepth;
        public byte ColourType;
        public byte Compression;
        public byte Filter;
        public byte Interlace;
    }

    [DllImport(TurboJpeg)] private static extern nint tjInitDecompress();
    [DllImport(TurboJpeg)] private static extern int tjDecompressHeader3(nint handle, byte* jpeg, nuint size, int* width, int* height, int* subsampling, int* colourspace);
    [DllImport(TurboJpeg)] private static extern int tjDecompress2(nint handle, byte* jpeg, nuint size, byte* target, int width, int pitch, int height, int pixelFormat, int flags);
    [DllImport(TurboJpeg)] private static extern nint tjGetErrorStr2(nint handle);
    [DllImport(TurboJpeg)] private static extern int tjDestroy(nint handle);

    [DllImport(Spng)] private static extern nint spng_ctx_new(int flags);
    [DllImport(Spng)] private static extern void spng_ctx_free(nint context);
    [DllImport(Spng)] private static extern int spng_set_png_buffer(nint context, byte* buffer, nuint size);
    [DllImport(Spng)] private static extern int spng_set_chunk_limits(nint context, nuint chunkSize, nuint cacheSize);
    [DllImport(Spng)] private static extern int spng_get_ihdr(nint context, SpngHeader* header);
    [DllImport(Spng)] private static extern int spng_decoded_image_size(nint context, int format, nuint* size);
    [DllImport(Spng)] private static extern int spng_decode_image(nint context, byte* target, nuint size, int format, int flags);
    [DllImport(Spng)] private static extern nint spng_strerror(int error);

    /// <summary>True when both codec libraries load (for the health check).</summary>
    public static IReadOnlyList<string> MissingLibraries()
    {
        var missing = new List<string>();
        foreach (var (library, package) in new[] { (TurboJpeg, "libturbojpeg0"), (Spng, "libspng0") })
        {
            if (NativeLibrary.TryLoad(library, out var handle)) NativeLibrary.Free(handle);
            else missing.Add($"{library} (apt-get install {package})");
        }
        return missing;
    }
}
