using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SNgV.Portal.IntegrationTests.Browser;

public static class Accessibility
{
    /// <summary>Runs axe-core with the WCAG 2.1 A and AA rules and fails with every violation listed.</summary>
    public static async Task AssertWcag21AaAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0,
            string.Join(Environment.NewLine, result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
    }
}
