using Congress.Modules.Biometrics.Application.Ports;

namespace Congress.Modules.Biometrics.Application.Pipeline;

/// <summary>One face found and described: its box, five landmarks, embedding and (when asked) spoof score.</summary>
internal sealed record AnalysedFace(FaceBox Box, FivePoints Points, float[] Embedding, float? SpoofScore);

/// <summary>The detector's faces in an image, or why there are none to describe.</summary>
internal sealed record ImageAnalysis(RgbImage? Image, IReadOnlyList<FaceBox> Faces, ImageProblem? Problem);

/// <summary>decode → detect → landmarks → align → embed (→ liveness), through the ports only.</summary>
internal sealed class FaceAnalyzer(
    IImageDecoder decoder, IFaceDetector detector, ILandmarkDetector landmarks, IFaceEmbedder embedder, ILivenessDetector liveness)
{
    public ImageAnalysis Detect(ReadOnlySpan<byte> encoded)
    {
        var (image, problem) = decoder.Decode(encoded);
        return image is null ? new ImageAnalysis(null, [], problem) : new ImageAnalysis(image, detector.Detect(image), null);
    }

    public IReadOnlyList<FaceBox> Detect(RgbImage image) => detector.Detect(image);

    public AnalysedFace Describe(RgbImage image, FaceBox face, bool withLiveness)
    {
        var points = landmarks.Locate(image, face);
        var embedding = embedder.Embed(FaceAligner.AlignChw(image, points));
        var spoof = withLiveness ? liveness.SpoofScore(image, face) : (float?)null;
        return new AnalysedFace(face, points, embedding, spoof);
    }

    public int EmbeddingSize => embedder.Dimension;
}
