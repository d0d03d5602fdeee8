using System.Runtime.InteropServices;
using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Infrastructure.Imaging;

/// <summary>RGB to JPEG through libturbojpeg: camera frames handed on as photos, the bench's frames, test augmentations.</summary>
internal static unsafe class JpegEncoder
{
    private const string TurboJpeg = "libturbojpeg.so.0";

    public static byte[] Encode(RgbImage image, int quality = 90)
    {
        var handle = tjInitCompress();
        if (handle == 0) throw new InvalidOperationException("tjInitCompress failed");
        try
        {
            byte* jpeg = null;
            nuint size = 0;
            fixed (byte* source = image.Pixels)
            {
                // TJPF_RGB = 0, TJSAMP_420 = 2
                if (tjCompress2(handle, source, image.Width, image.Width * 3, image.Height, 0, &jpeg, &size, 2, quality, 0) != 0)
                    throw new InvalidOperationException("JPEG encoding failed: " + Marshal.PtrToStringUTF8(tjGetErrorStr2(handle)));
            }
            try { return new ReadOnlySpan<byte>(jpeg, (int)size).ToArray(); }
            finally { tjFree(jpeg); }
        }
        finally { tjDestroy(handle); }
    }

    [DllImport(TurboJpeg)] private static extern nint tjInitCompress();
    [DllImport(TurboJpeg)] private static extern int tjCompress2(nint handle, byte* source, int width, int pitch, int height, int pixelFormat, byte** jpeg, nuint* size, int subsampling, int quality, int flags);
    [DllImport(TurboJpeg)] private static extern void tjFree(byte* buffer);
    [DllImport(TurboJpeg)] private static extern nint tjGetErrorStr2(nint handle);
    [DllImport(TurboJpeg)] private static extern int tjDestroy(nint handle);
}
