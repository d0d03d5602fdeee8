using System.Net;
using System.Net.Sockets;
using Congress.Testing;
using Microsoft.Playwright;

namespace Congress.Portal.Tests;

/// <summary>The host on a real loopback port with the demo congress, and Debian's Chromium (headless) driven by Playwright.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly CongressFactory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _factory.UseKestrel(port);
        await _factory.InitializeAsync();
        _factory.StartServer();
        BaseUrl = $"http://127.0.0.1:{port}";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CONGRESS_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), on a tablet-sized screen that may use the camera; in the shared
    /// browser unless a test brings its own (e.g. one with a fake camera).</summary>
    public async Task<IPage> NewPageAsync(string? culture = null, IBrowser? browser = null)
    {
        var context = await (browser ?? Browser).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1024, Height = 768 }, Permissions = ["camera"],
        });
        if (culture is not null)
            await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".congress.lang", Value = $"c={culture}|uic={culture}", Url = BaseUrl }]);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignInAsync(string userName, string? culture = null, string password = CongressFactory.DemoPassword, IBrowser? browser = null)
    {
        var page = await NewPageAsync(culture, browser);
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("button[type=submit]");
        // A host's first sign-in (its first page render, with another fixture's host and browser starting beside it on two
        // cores) has taken more than the default 30 s on CI: a minute before it counts as a failure.
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login") || url.Contains("error="), new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            // Say what the browser was showing: a slow host, a refusal page, a hung request read differently.
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(unreadable)");
            throw new TimeoutException($"Sign-in as {userName} did not leave /login in 60 s; the page at {page.Url} shows: {text[..Math.Min(500, text.Length)]}", e);
        }
        if (page.Url.Contains("/login")) throw new InvalidOperationException($"Sign-in as {userName} was refused: {page.Url}");
        await page.Locator("nav.menu").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
