using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BBConduct.DraftCheck.Tests;

[Collection(BrowserGroup.Name)]
public sealed class DraftPageBrowserTests(BrowserFixture browser)
{
    private const string Offending = "Selling BBHS hoodies with the crest on, text me on 07700 900418. Mr Okafor is such a loser lol";
    private const string Clean = "Well done to everyone in Year 7 on a brilliant sports day!";

    [Fact]
    public async Task Typing_a_post_highlights_each_offending_span_then_a_clean_post_is_fine_to_publish()
    {
        var page = await browser.OpenAsync();
        try
        {
            var text = page.GetByLabel("Your post", new PageGetByLabelOptions { Exact = true });
            await text.PressSequentiallyAsync(Offending, new LocatorPressSequentiallyOptions { Delay = 5 });

            var verdict = page.Locator("#verdict");
            await Expect(verdict).ToContainTextAsync("Do not publish this.");
            var marks = page.Locator("#highlights mark");
            await Expect(marks.Filter(new LocatorFilterOptions { HasText = "07700 900418" })).ToHaveCountAsync(1);
            await Expect(marks.Filter(new LocatorFilterOptions { HasText = "loser" })).ToHaveCountAsync(1);
            var logo = page.Locator("#findings li").Filter(new LocatorFilterOptions { HasText = "Logo Misuse" }).First;
            await Expect(logo).ToContainTextAsync("Instead:");
            await Expect(logo).ToContainTextAsync("Contact: The Business Manager");
            await Expect(page.Locator("#findings li").Filter(new LocatorFilterOptions { HasText = "Harassment" }).First).ToContainTextAsync("clause 1.1; 2.1");

            // Every mark sits on the span a finding reports, in the original text.
            var excerpts = await page.Locator("#findings .excerpt").AllTextContentsAsync();
            foreach (var mark in await marks.AllTextContentsAsync())
            {
                Assert.Contains(excerpts, e => e.Trim('\u201c', '\u201d').Contains(mark, StringComparison.Ordinal) || mark.Contains(e.Trim('\u201c', '\u201d'), StringComparison.Ordinal));
                Assert.Contains(mark, Offending, StringComparison.Ordinal);
            }

            await SaveScreenshotAsync(page, "draftcheck.png");

            await text.FillAsync(string.Empty);
            await text.PressSequentiallyAsync(Clean, new LocatorPressSequentiallyOptions { Delay = 5 });
            await Expect(verdict).ToContainTextAsync("Fine to publish.");
            await Expect(marks).ToHaveCountAsync(0);
            await Expect(page.Locator("#findings li")).ToHaveCountAsync(0);
            await SaveScreenshotAsync(page, "draftcheck-clean.png");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Who_writes_and_where_it_goes_change_the_verdict()
    {
        var page = await browser.OpenAsync();
        try
        {
            await page.GetByLabel("Your post", new PageGetByLabelOptions { Exact = true }).FillAsync("Great work on your coursework today, message me on here any time");
            await Expect(page.Locator("#verdict")).ToContainTextAsync("Fine to publish.");

            await page.GetByLabel("a member of staff").CheckAsync();
            await page.GetByLabel("Where it is going").SelectOptionAsync("direct");
            await page.GetByLabel("Who will read it").SelectOptionAsync("student");

            await Expect(page.Locator("#verdict")).ToContainTextAsync("Do not publish this.");
            var safeguarding = page.Locator("#findings li").Filter(new LocatorFilterOptions { HasText = "Safeguarding" }).First;
            await Expect(safeguarding).ToContainTextAsync("Designated Safeguarding Lead");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Keyboard_reaches_every_control_in_order_and_selects_a_finding_in_the_text()
    {
        var page = await browser.OpenAsync();
        try
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("post-text", await ActiveIdAsync(page));
            await page.Keyboard.TypeAsync("you're such a loser");
            await Expect(page.Locator("#findings button.show")).ToHaveCountAsync(1);

            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("radio:student", await ActiveIdAsync(page));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("channel", await ActiveIdAsync(page));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("audience", await ActiveIdAsync(page));
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("button:show", await ActiveIdAsync(page));

            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("post-text", await ActiveIdAsync(page));
            var selected = await page.EvaluateAsync<string>("() => { const t = document.getElementById('post-text'); return t.value.substring(t.selectionStart, t.selectionEnd); }");
            Assert.Equal(await page.Locator("#highlights mark").First.TextContentAsync(), selected);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_reply_to_an_older_draft_never_replaces_the_result_for_the_current_one()
    {
        var page = await browser.OpenAsync();
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = 0;
        try
        {
            await page.RouteAsync("**/api/check", async route =>
            {
                if (Interlocked.Increment(ref requests) != 1)
                {
                    await route.ContinueAsync();
                    return;
                }

                firstArrived.TrySetResult();
                await release.Task;
                try
                {
                    await route.ContinueAsync();
                }
                catch (PlaywrightException)
                {
                    // The page abandoned the request; that is one of the two ways it may ignore a stale reply.
                }

                released.TrySetResult();
            });

            var text = page.GetByLabel("Your post", new PageGetByLabelOptions { Exact = true });
            await text.FillAsync("you're such a loser");
            await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await text.FillAsync(Clean);
            await Expect(page.Locator("#verdict")).ToContainTextAsync("Fine to publish.");

            release.SetResult();
            await released.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))");

            await Expect(page.Locator("#verdict")).ToContainTextAsync("Fine to publish.");
            await Expect(page.Locator("#highlights mark")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; if (e.type === 'radio') return 'radio:' + e.value; if (e.tagName === 'BUTTON') return 'button:' + e.className; return e.id; }");

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
