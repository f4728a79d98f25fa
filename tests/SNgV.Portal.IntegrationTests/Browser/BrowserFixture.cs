using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// The portal on a real port and Debian's Chromium driven by Playwright. Playwright's own browser download is
/// never used: the machines have no internet, and the system Chromium is what the department's PCs run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public KestrelPortalFactory Portal { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // Pages render in well under a second, but CI shares two cores with the build: wait generously
        // rather than fail a correct page that arrived late.
        Assertions.SetDefaultExpectTimeout(20_000);
        BaseUrl = Portal.BaseUrl;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = SystemChromium.Path(),
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A page in a context of its own, on the shared portal or on <paramref name="baseUrl"/> (a portal a test class started).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl ?? BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string email, int width = 1280, int height = 900, string? baseUrl = null)
    {
        var page = await NewPageAsync(width, height, baseUrl);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Địa chỉ thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        try
        {
            // Polls the address and the page's heading rather than a load event: on a busy CI machine Playwright's
            // WaitForURL once gave up with the overview already shown at the right address.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tong-quan$"), new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tổng quan", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            var main = await page.Locator("main").InnerTextAsync();
            throw new Xunit.Sdk.XunitException($"Signing in as {email} ended at {page.Url}: {main}");
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

public static class SystemChromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary><c>PLAYWRIGHT_CHROMIUM_EXECUTABLE</c>, else <c>chromium</c> found on PATH (Debian's package).</summary>
    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "Chromium not found: install Debian's package (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE. " +
            "scripts/test.sh installs it when missing.");
    }
}

/// <summary>Screenshots for the user guide in docs/user-guide, taken by the browser tests themselves.</summary>
public static class UserGuideScreenshots
{
    public static Task TakeAsync(IPage page, string name, bool fullPage = false)
    {
        var folder = System.IO.Path.Combine(TestDirectories.RepositoryRoot(), "docs", "user-guide", "images");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }
}
