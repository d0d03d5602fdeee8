namespace Congress.Modules.Biometrics.Application.Ports;

/// <summary>An 8-bit RGB image, rows top to bottom, 3 bytes a pixel, no padding.</summary>
internal sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length < width * height * 3) throw new ArgumentException("Pixel buffer does not match the size.");
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public byte[] Pixels { get; }
}

/// <summary>Why an image was refused, in words for the kiosk and the REST client (Vietnamese first).</summary>
internal sealed record ImageProblem(string Code, string Message);

/// <summary>Decodes JPEG or PNG after checking the header's dimensions against the pixel cap, never before.</summary>
internal interface IImageDecoder
{
    /// <summary>The image, or why not (corrupt, truncated, too large, empty, unknown format).</summary>
    (RgbImage? Image, ImageProblem? Problem) Decode(ReadOnlySpan<byte> encoded);
}

/// <summary>A face box in image pixels and the detector's confidence.</summary>
internal readonly record struct FaceBox(float X1, float Y1, float X2, float Y2, float Score)
{
    public float Width => X2 - X1;
    public float Height => Y2 - Y1;
    public float Size => MathF.Min(Width, Height);
}

internal interface IFaceDetector
{
    /// <summary>Every face above the detector's confidence, largest first.</summary>
    IReadOnlyList<FaceBox> Detect(RgbImage image);
}

/// <summary>The five points alignment needs, in image pixels: left eye, right eye, nose tip, left and right mouth corners.</summary>
internal sealed record FivePoints(float[] X, float[] Y);

internal interface ILandmarkDetector
{
    FivePoints Locate(RgbImage image, FaceBox face);
}

internal interface IFaceEmbedder
{
    int Dimension { get; }

    /// <summary>The aligned face's embedding, L2-normalised. <paramref name="aligned"/> is CHW floats, already (v−127)/128.</summary>
    float[] Embed(float[] aligned);
}

internal interface ILivenessDetector
{
    /// <summary>How likely the face is a photo, a screen or a mask rather than a live person: 0 (live) … 1 (spoof).</summary>
    float SpoofScore(RgbImage image, FaceBox face);
}

/// <summary>A stream of frames from a camera (RTSP, v4l2) or a video file.</summary>
internal interface ICameraSource
{
    IAsyncEnumerable<RgbImage> FramesAsync(CancellationToken cancellationToken);
}

/// <summary>Whether the native engine runs here, and if not exactly what is missing.</summary>
internal interface IFaceEngineStatus
{
    bool IsAvailable { get; }
    IReadOnlyList<string> Missing { get; }
}

/// <summary>Thrown by an adapter asked to work while the engine is not available (see <see cref="IFaceEngineStatus"/>).</summary>
internal sealed class FaceEngineUnavailableException(string missing) : Exception($"Face recognition unavailable: {missing}");
