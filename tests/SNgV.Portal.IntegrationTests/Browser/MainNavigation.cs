using Microsoft.Playwright;

namespace SNgV.Portal.IntegrationTests.Browser;

public static class MainNavigation
{
    /// <summary>Follows a link of the main navigation as a user would: opening the collapsed menu and the link's drop-down first when it is out of sight.</summary>
    public static async Task FollowMenuLinkAsync(this IPage page, string name)
    {
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" });
        var link = navigation.GetByRole(AriaRole.Link, new() { Name = name, IncludeHidden = true });
        if (!await link.IsVisibleAsync())
        {
            var toggler = navigation.GetByRole(AriaRole.Button, new() { Name = "Mở menu" });
            if (await toggler.IsVisibleAsync() && await toggler.GetAttributeAsync("aria-expanded") != "true")
            {
                await toggler.ClickAsync();
            }

            var dropdown = navigation.Locator(".dropdown").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, IncludeHidden = true }) });
            if (await dropdown.CountAsync() > 0)
            {
                await dropdown.Locator(".dropdown-toggle").ClickAsync();
            }
        }

        await link.ClickAsync();
    }
}
