using System.Diagnostics;
using System.Runtime.CompilerServices;
using Congress.Modules.Biometrics.Application.Ports;
using Microsoft.Extensions.Logging;

namespace Congress.Modules.Biometrics.Infrastructure.Camera;

/// <summary>Where frames come from: an RTSP URL, a v4l2 device (/dev/video0) or a video file, and the frame size wanted.</summary>
internal sealed record CameraSettings(string Source, int Width = 640, int Height = 480, int FramesPerSecond = 5, bool Loop = false);

/// <summary>
/// Frames from an <c>ffmpeg</c> process writing raw RGB24 to a pipe (ffmpeg is Debian's). When the stream ends or breaks
/// it reconnects with exponential backoff (0.5 s doubling to 30 s), until cancelled; a video file ends unless looping.
/// </summary>
internal sealed class FfmpegCameraSource(CameraSettings settings, ILogger<FfmpegCameraSource> logger, string ffmpeg = "ffmpeg") : ICameraSource
{
    public async IAsyncEnumerable<RgbImage> FramesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(500);
        var isFile = File.Exists(settings.Source);
        while (!cancellationToken.IsCancellationRequested)
        {
            var frames = 0;
            using (var process = Start())
            {
                var frameSize = settings.Width * settings.Height * 3;
                var stream = process.StandardOutput.BaseStream;
                while (!cancellationToken.IsCancellationRequested)
                {
                    var pixels = new byte[frameSize];
                    if (!await ReadExactlyAsync(stream, pixels, cancellationToken)) break;
                    frames++;
                    backoff = TimeSpan.FromMilliseconds(500);
                    yield return new RgbImage(settings.Width, settings.Height, pixels);
                }
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            if (isFile && !settings.Loop) yield break;
            logger.LogWarning("Camera {Source} stopped after {Frames} frames; reconnecting in {Backoff}", settings.Source, frames, backoff);
            try { await Task.Delay(backoff, cancellationToken); } catch (OperationCanceledException) { yield break; }
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }
    }

    private static async Task<bool> ReadExactlyAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var offset = 0;
        try
        {
            while (offset < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(offset), cancellationToken);
                if (read == 0) return false;
                offset += read;
            }
            return true;
        }
        catch (OperationCanceledException) { return false; }
    }

    private Process Start()
    {
        var info = new ProcessStartInfo(ffmpeg) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-nostdin");
        info.ArgumentList.Add("-loglevel"); info.ArgumentList.Add("error");
        if (settings.Source.StartsWith("rtsp://", StringComparison.OrdinalIgnoreCase)) { info.ArgumentList.Add("-rtsp_transport"); info.ArgumentList.Add("tcp"); }
        else if (settings.Source.StartsWith("/dev/video", StringComparison.Ordinal)) { info.ArgumentList.Add("-f"); info.ArgumentList.Add("v4l2"); }
        info.ArgumentList.Add("-i"); info.ArgumentList.Add(settings.Source);
        info.ArgumentList.Add("-vf"); info.ArgumentList.Add($"fps={settings.FramesPerSecond},scale={settings.Width}:{settings.Height}");
        info.ArgumentList.Add("-f"); info.ArgumentList.Add("rawvideo");
        info.ArgumentList.Add("-pix_fmt"); info.ArgumentList.Add("rgb24");
        info.ArgumentList.Add("pipe:1");
        var process = Process.Start(info) ?? throw new InvalidOperationException("ffmpeg did not start");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) logger.LogDebug("ffmpeg: {Line}", e.Data); };
        process.BeginErrorReadLine();
        return process;
    }
}
