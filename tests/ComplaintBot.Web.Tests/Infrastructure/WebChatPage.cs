using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>Drives Web Chat the way a person does: typing, clicking buttons, choosing files.</summary>
public sealed class WebChatPage(IPage page, ILocator root, List<string>? consoleErrors = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public IPage Page => page;

    public ILocator Root => root;

    public ILocator Transcript => root.Locator(".webchat__basic-transcript");

    public ILocator SendBox => root.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>Counts transcript elements showing a text (bot or user).</summary>
    public Task<int> CountAsync(string text) => Transcript.GetByText(text, new LocatorGetByTextOptions { Exact = false }).CountAsync();

    /// <summary>Types a message, sends it with Enter and waits until <paramref name="expect"/> shows up once more.</summary>
    /// <returns>Milliseconds from pressing Enter to the reply being in the page.</returns>
    public async Task<long> SayAsync(string text, string expect)
    {
        var before = await CountAsync(expect);
        await SendBox.FillAsync(text);
        var stopwatch = Stopwatch.StartNew();
        await SendBox.PressAsync("Enter");
        await WaitForMoreAsync(expect, before);
        return stopwatch.ElapsedMilliseconds;
    }

    /// <summary>Clicks a button (suggested action or card action) and waits for a reply text.</summary>
    public async Task ClickAsync(string button, string expect)
    {
        var before = await CountAsync(expect);
        await root.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button, Exact = true }).Last.ClickAsync();
        await WaitForMoreAsync(expect, before);
    }

    /// <summary>Chooses files through Web Chat's upload button and waits for a reply text.</summary>
    public async Task UploadAsync(string expect, params string[] paths)
    {
        var before = await CountAsync(expect);
        var chooser = await page.RunAndWaitForFileChooserAsync(() => root.Locator(".webchat__upload-button button, button.webchat__upload-button").First.ClickAsync());
        Assert.True(chooser.IsMultiple);
        await chooser.SetFilesAsync(paths);
        await WaitForMoreAsync(expect, before);
    }

    public async Task WaitForMoreAsync(string text, int before)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (await CountAsync(text) <= before)
        {
            if (DateTime.UtcNow > deadline)
            {
                var shown = await root.InnerTextAsync();
                var shot = Path.Combine(RepositoryPaths.Artifacts, $"failure-{DateTime.UtcNow:HHmmss}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot });
                throw new TimeoutException($"'{text}' did not appear (screenshot {shot}). Console errors: {string.Join(" || ", consoleErrors ?? [])}. Widget ends with: {shown[Math.Max(0, shown.Length - 1500)..]}");
            }

            await Task.Delay(20);
        }
    }

    public static Regex Pattern(string text) => new(Regex.Escape(text));
}
