using Microsoft.Playwright;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, one for all browser tests. Playwright's own browser download is never used:
/// the machines have no internet, and the system Chromium is what the department's PCs run. Each test class brings
/// its own portal and database (<see cref="BrowserTests"/>), so no test sees what another did.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Pages render in well under a second, but CI shares two cores with the build: wait generously
        // rather than fail a correct page that arrived late.
        Assertions.SetDefaultExpectTimeout(20_000);
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

    /// <summary>A page in a browser context of its own (no cookies shared with other pages), on <paramref name="portal"/>.</summary>
    public async Task<IPage> NewPageAsync(KestrelPortalFactory portal, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(KestrelPortalFactory portal, string email, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(portal, width, height);
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
    }
}

/// <summary>
/// Every browser test class is in this collection, which shares one Chromium and runs the classes one after another.
/// Each class takes its own portal with <c>IClassFixture&lt;KestrelPortalFactory&gt;</c> (or a fixture that builds on
/// one): a database freshly seeded for that class. The tests of one class share it, so a test that changes what
/// another test of its class reads makes the data it changes, or goes to a class of its own.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Collection = "Browser";
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

/// <summary>
/// Screenshots for the user guide in docs/user-guide, taken by the browser tests themselves. Every run takes them, so a
/// page that cannot be captured still fails the test; only <c>UPDATE_USER_GUIDE=1</c> writes them to
/// docs/user-guide/images, so an ordinary test run leaves the working tree as it found it.
/// </summary>
public static class UserGuideScreenshots
{
    public const string Variable = "UPDATE_USER_GUIDE";

    public static bool Writing => Environment.GetEnvironmentVariable(Variable) == "1";

    public static async Task TakeAsync(IPage page, string name, bool fullPage = false)
    {
        var options = new PageScreenshotOptions { FullPage = fullPage };
        if (Writing)
        {
            var folder = System.IO.Path.Combine(TestDirectories.RepositoryRoot(), "docs", "user-guide", "images");
            Directory.CreateDirectory(folder);
            options.Path = System.IO.Path.Combine(folder, name + ".png");
        }

        var image = await page.ScreenshotAsync(options);
        Assert.True(image.Length > 0, $"The screenshot {name} is empty.");
    }
}
