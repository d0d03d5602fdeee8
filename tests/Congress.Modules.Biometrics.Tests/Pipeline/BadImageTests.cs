using Congress.Modules.Biometrics.Infrastructure.Imaging;

namespace Congress.Modules.Biometrics.Tests.Pipeline;

/// <summary>What a kiosk or an upload can throw at the decoder: refused with a reason, from the header where possible.</summary>
[Collection("faces")]
public sealed class BadImageTests(FaceEngineFixture engine)
{
    private byte[] Jpeg => File.ReadAllBytes(engine.Photo(1));

    [Fact]
    public void A_truncated_jpeg_is_refused_not_half_decoded()
    {
        var (image, problem) = engine.Decoder.Decode(Jpeg.AsSpan(0, Jpeg.Length / 2));

        image.Should().BeNull();
        problem!.Code.Should().Be("image.corrupt");
        problem.Message.Should().Contain("JPEG");
    }

    [Fact]
    public void A_corrupt_jpeg_is_refused()
    {
        var bytes = Jpeg;
        for (var i = 600; i < bytes.Length; i += 97) bytes[i] ^= 0x5A;

        var (image, problem) = engine.Decoder.Decode(bytes);

        image.Should().BeNull();
        problem!.Code.Should().Be("image.corrupt");
    }

    [Fact]
    public void A_60_megapixel_jpeg_is_refused_from_its_header()
    {
        var huge = TestImages.JpegClaiming(Jpeg, 10000, 6000);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var (image, problem) = engine.Decoder.Decode(huge);

        image.Should().BeNull();
        problem!.Code.Should().Be("image.too_many_pixels");
        problem.Message.Should().Contain("10000×6000");
        started.ElapsedMilliseconds.Should().BeLessThan(50, "nothing was decoded");
    }

    [Fact]
    public void A_png_bomb_is_refused_from_its_header()
    {
        var bomb = TestImages.PngBomb(40000, 40000);
        bomb.Length.Should().BeLessThan(2_000_000, "a bomb is small on disk");

        var (image, problem) = engine.Decoder.Decode(bomb);

        image.Should().BeNull();
        problem!.Code.Should().Be("image.too_many_pixels");
    }

    [Fact]
    public void A_png_that_stops_early_is_refused()
    {
        var png = TestImages.Png(TestImages.Grey(64, 64, 100));

        var (image, problem) = engine.Decoder.Decode(png.AsSpan(0, png.Length - 30));

        image.Should().BeNull();
        problem!.Code.Should().Be("image.corrupt");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_empty_frame_is_refused(int length)
    {
        var (image, problem) = engine.Decoder.Decode(new byte[length]);

        image.Should().BeNull();
        problem!.Code.Should().Be("image.empty");
    }

    [Fact]
    public void Something_that_is_neither_jpeg_nor_png_is_refused()
    {
        var (image, problem) = engine.Decoder.Decode("GIF89a, or a PDF, or a text file"u8);

        image.Should().BeNull();
        problem!.Code.Should().Be("image.format");
    }

    [Fact]
    public void A_grey_frame_decodes_and_holds_no_face()
    {
        var jpeg = JpegEncoder.Encode(TestImages.Grey(640, 480, 128));

        var analysis = engine.Analyzer.Detect(jpeg);

        analysis.Problem.Should().BeNull();
        analysis.Faces.Should().BeEmpty();
    }
}
