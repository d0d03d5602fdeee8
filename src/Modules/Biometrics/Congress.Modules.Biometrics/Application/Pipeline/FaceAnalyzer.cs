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
        // Two passes: the landmark model wants the box its training data had; a detector box from a tight crop is smaller
        // and shifted, so the first landmarks place a box the usual way around the face and the second pass reads it.
        var points = landmarks.Locate(image, RefinedBox(landmarks.Locate(image, face), face.Score));
        var embedding = embedder.Embed(FaceAligner.AlignChw(image, points));
        var spoof = withLiveness ? liveness.SpoofScore(image, face) : (float?)null;
        return new AnalysedFace(face, points, embedding, spoof);
    }

    public int EmbeddingSize => embedder.Dimension;

    /// <summary>
    /// The square box where the detector puts it relative to the landmarks, as measured on the 22 faces of the sample photos:
    /// eye-to-mouth distance 0.350 of the side (sd 0.028), eyes at 0.418 from the top (sd 0.027), the eye–mouth midline at 0.48.
    /// </summary>
    public static FaceBox RefinedBox(FivePoints p, float score)
    {
        float ex = (p.X[0] + p.X[1]) / 2, ey = (p.Y[0] + p.Y[1]) / 2, mx = (p.X[3] + p.X[4]) / 2, my = (p.Y[3] + p.Y[4]) / 2;
        var side = MathF.Sqrt((ex - mx) * (ex - mx) + (ey - my) * (ey - my)) / 0.350f;
        var x1 = (ex + mx) / 2 - 0.48f * side;
        var y1 = ey - 0.418f * side;
        return new FaceBox(x1, y1, x1 + side, y1 + side, score);
    }
}
