using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Congress.Testing;

/// <summary>
/// Congress.Host.dll started with <c>dotnet</c> as a real process on a free loopback port (real Kestrel), against the given
/// database and key directory: one node of a multi-host installation, or a host to kill. The last lines it wrote to
/// standard error are kept for a failure message.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();

    private HostProcess(Process process, int port, string name)
    {
        _process = process;
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    /// <summary>What the host wrote to standard error lately (warnings and errors; the log level is Warning).</summary>
    public string RecentErrors => string.Join('\n', _errors);

    public static async Task<HostProcess> StartAsync(string connectionString, string keyDirectory, string name = "host",
        IReadOnlyDictionary<string, string>? settings = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Congress.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__ConnectionString"] = connectionString, ["Secrets__Directory"] = keyDirectory,
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var host = new HostProcess(process, port, name);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with {process.ExitCode}:\n{host.RecentErrors}");
            try { if ((await host.Http.GetAsync("/health/live")).IsSuccessStatusCode) return host; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        host.Kill();
        throw new TimeoutException($"{name} did not answer /health/live within 90 s:\n{host.RecentErrors}");
    }

    private void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        _errors.Enqueue(line);
        while (_errors.Count > 200) _errors.TryDequeue(out _);
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing the host can do about it.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Http.Dispose();
    }
}
