using Microsoft.Playwright;

namespace BBConduct.DraftCheck.Tests;

/// <summary>
/// One draft checker on Kestrel (127.0.0.1, free port) and one headless Chromium for every browser test. Chromium is
/// Debian's (installed by .ci/run); nothing is downloaded. BBCONDUCT_CHROMIUM overrides the path.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;

    public DraftCheckFactory Factory { get; } = new();

    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("BBCONDUCT_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's chromium (apt-get install -y chromium, as .ci/run does) or set BBCONDUCT_CHROMIUM.");
        }

        // CI runs every test assembly at once on two cores: give the page more than Playwright's 5 s default to answer.
        Assertions.SetDefaultExpectTimeout(20_000);
        Address = Factory.UseRealServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A fresh page (own context) on the draft checker, already loaded.</summary>
    public async Task<IPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 960, Height = 1000 }, BaseURL = Address.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }
}
