using Congress.Modules.Biometrics;
using Congress.Modules.Biometrics.Application.Pipeline;
using Congress.Modules.Biometrics.Application.Ports;
using Congress.Modules.Biometrics.Infrastructure.Imaging;
using Congress.Modules.Biometrics.Infrastructure.Onnx;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Congress.Modules.Biometrics.Tests;

/// <summary>
/// The real engine over the real models and photos that <c>./congress.sh</c> puts in &lt;repo&gt;/.native (found by walking
/// up from the test assembly). Shared by every test in the "faces" collection: the models load once.
/// </summary>
public sealed class FaceEngineFixture : IDisposable
{
    internal BiometricsOptions Options { get; } = new();
    internal OnnxFaceEngine Engine { get; }
    internal FaceAnalyzer Analyzer { get; }
    internal NativeImageDecoder Decoder { get; }
    public string NativeFolder { get; }

    public FaceEngineFixture()
    {
        NativeFolder = OnnxFaceEngine.FindNativeFolder("")
            ?? throw new InvalidOperationException("No .native folder above the tests: run ./congress.sh native (or up/test) first.");
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Engine = new OnnxFaceEngine(options, NullLogger<OnnxFaceEngine>.Instance);
        if (!Engine.IsAvailable) throw new InvalidOperationException("Face engine unavailable: " + string.Join("; ", Engine.Missing));
        Decoder = new NativeImageDecoder(options);
        Analyzer = new FaceAnalyzer(Decoder, new OnnxFaceDetector(Engine, options), new OnnxLandmarkDetector(Engine),
            new OnnxFaceEmbedder(Engine, options), new OnnxLivenessDetector(Engine));
    }

    public string Photo(int n) => Path.Combine(NativeFolder, "photos", $"sample{n}.jpg");

    internal RgbImage Decode(int n) => Decoder.Decode(File.ReadAllBytes(Photo(n))).Image!;

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition("faces")]
public sealed class FacesCollection : ICollectionFixture<FaceEngineFixture>;
