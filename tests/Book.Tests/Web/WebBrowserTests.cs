using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Book.Tests.Web;

/// <summary>One chromium and one loopback server over the booklet's web edition, for the whole class.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }
    public StaticServer? Server { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.Chromium)) return;
        var built = SharedBooklet.Get();
        Assert.Equal(0, built.Build.ExitCode);
        Server = new StaticServer(built.Web);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Launch(Playwright);
    }

    /// <summary>Debian's chromium, headless; --no-sandbox because CI runs as root.</summary>
    public static Task<IBrowser> Launch(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });

    public async Task<IPage> Open(string file, int width = 1400, int height = 1000)
    {
        var page = await Browser!.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(Server!.Url + file);
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        Server?.Dispose();
    }
}

/// <summary>
/// The booklet's web edition in a real browser (Playwright driving Debian's chromium): the fonts, the
/// notes on wide and narrow screens, the search with and without Azerbaijani letters, the index's
/// links, axe-core's accessibility rules, and screenshots of home and a chapter, wide and narrow.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    const string Chapter = "07-sec-night.html";

    static string IndexPage => Directory.GetFiles(SharedBooklet.Get().Web, "*-index.html").Select(Path.GetFileName).Single()!;

    [BrowserFact]
    public async Task The_text_is_set_in_Literata_from_the_sites_own_font_files()
    {
        var page = await site.Open(Chapter);
        var loaded = await page.EvaluateAsync<string[]>("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/\"/g, '') + ' ' + f.style + ' ' + f.weight)");
        Assert.Contains("Literata normal 400", loaded);
        Assert.Contains("Literata italic 400", loaded);
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('16px Literata')"));
        var family = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main p')).fontFamily");
        Assert.StartsWith("Literata", family.Trim('"'));
    }

    [BrowserFact]
    public async Task On_a_narrow_screen_a_note_opens_under_its_paragraph_and_its_number_leads_back()
    {
        var page = await site.Open(Chapter, 400, 800);
        var mark = page.Locator("a[role='doc-noteref']").First;
        var noteId = (await mark.GetAttributeAsync("href"))!.TrimStart('#');
        var note = page.Locator("#" + noteId);
        Assert.False(await note.IsVisibleAsync(), "notes are folded on a narrow screen");
        await mark.ClickAsync();
        Assert.True(await note.IsVisibleAsync(), "the mark opens its note");
        Assert.Equal(noteId, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // Under the paragraph, within the text column.
        var markBox = (await mark.BoundingBoxAsync())!;
        var noteBox = (await note.BoundingBoxAsync())!;
        Assert.True(noteBox.Y > markBox.Y && noteBox.X + noteBox.Width <= 400, $"note at {noteBox.X},{noteBox.Y}, mark at {markBox.X},{markBox.Y}");
        await note.Locator("a[role='doc-backlink']").ClickAsync();
        Assert.False(await note.IsVisibleAsync(), "the way back folds the note again");
        Assert.Equal(await mark.GetAttributeAsync("id"), await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task On_a_wide_screen_each_note_stands_in_the_margin_beside_its_mark()
    {
        var page = await site.Open(Chapter, 1400, 1000);
        var text = (await page.Locator("main p").First.BoundingBoxAsync())!;
        var marks = page.Locator("a[role='doc-noteref']");
        for (int i = 0; i < 3; i++)
        {
            var mark = marks.Nth(i);
            var note = page.Locator((await mark.GetAttributeAsync("href"))!);
            Assert.True(await note.IsVisibleAsync());
            var n = (await note.BoundingBoxAsync())!;
            var m = (await mark.BoundingBoxAsync())!;
            Assert.True(n.X >= text.X + text.Width, $"note {i + 1} at x={n.X} is not right of the text (ends at {text.X + text.Width})");
            Assert.True(n.Y >= m.Y - 20, $"note {i + 1} at y={n.Y} starts above its mark at y={m.Y}");
        }
        // The first note is level with its mark (nothing above pushes it down).
        var first = (await page.Locator((await marks.First.GetAttributeAsync("href"))!).BoundingBoxAsync())!;
        Assert.InRange(first.Y - (await marks.First.BoundingBoxAsync())!.Y, -20, 20);
        // The note's number leads back to the mark.
        var back = page.Locator((await marks.First.GetAttributeAsync("href"))! + " a[role='doc-backlink']");
        Assert.Equal("#" + await marks.First.GetAttributeAsync("id"), await back.GetAttributeAsync("href"));
    }

    [BrowserFact]
    public async Task Searching_Bagirov_with_and_without_Azerbaijani_letters_finds_the_same_paragraph()
    {
        async Task<string[]> Results(string q)
        {
            var page = await site.Open("search.html?q=" + Uri.EscapeDataString(q));
            return await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))");
        }
        var plain = await Results("Bagirov");
        var marked = await Results("Bağırov");
        Assert.NotEmpty(plain);
        Assert.Equal(plain, marked);
        Assert.Equal(plain, await Results("BAĞIROV"));

        // The result lands on the paragraph that names him both ways.
        var page = await site.Open(plain.First(h => h.StartsWith("09-", StringComparison.Ordinal)));
        var target = await page.EvaluateAsync<string>("() => document.getElementById(location.hash.slice(1)).textContent");
        Assert.Contains("Bagirov", target);
        Assert.Contains("Bağırov", target);
    }

    [BrowserFact]
    public async Task The_search_box_on_every_page_leads_to_results_that_link_to_the_paragraph()
    {
        var page = await site.Open(Chapter);
        await page.FillAsync("#search-box", "Balasanyan");
        await page.PressAsync("#search-box", "Enter");
        await page.WaitForURLAsync("**/search.html?q=Balasanyan");
        var first = page.Locator("#search-results a").First;
        await first.ClickAsync();
        await page.WaitForLoadStateAsync();
        var text = await page.EvaluateAsync<string>("() => document.getElementById(location.hash.slice(1)).textContent");
        Assert.Contains("Balasanyan", text);
    }

    [BrowserFact]
    public async Task An_index_link_lands_on_the_term()
    {
        var page = await site.Open(IndexPage);
        var entry = page.Locator("ul.index > li", new() { HasText = "Bagirov, Allahverdi" });
        await entry.Locator("a").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.NotEqual(IndexPage, page.Url.Split('/').Last().Split('#')[0]);
        var text = await page.EvaluateAsync<string>("() => document.getElementById(location.hash.slice(1)).textContent");
        Assert.Matches("Bagirov|Bağırov", text);
        // Scrolled to it: the target is in the viewport.
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.getElementById(location.hash.slice(1)).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"));
    }

    [BrowserFact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_home_a_chapter_and_the_index()
    {
        foreach (var (file, width) in new[] { ("index.html", 1400), (Chapter, 1400), (Chapter, 400), (IndexPage, 1400), ("search.html?q=Khojaly", 1400) })
        {
            var page = await site.Open(file, width);
            var result = await page.RunAxe();
            var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(bad.Count == 0, $"{file} at {width}px: " + string.Join("; ", bad.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
            await page.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task The_skip_link_comes_first_in_the_focus_order_and_leads_to_the_text()
    {
        var page = await site.Open(Chapter);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the text", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserFact]
    public async Task Screenshots_of_home_and_a_chapter_wide_and_narrow_fit_their_screens()
    {
        var dir = RepoPaths.TempDir("web-shots");
        foreach (var (name, file, width) in new[] { ("home", "index.html", 1400), ("chapter-wide", Chapter, 1400), ("chapter-narrow", Chapter, 400), ("index-narrow", IndexPage, 400) })
        {
            var page = await site.Open(file, width, 1000);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png") });
            // Nothing runs off the side of the screen (a wide table scrolls inside its own box).
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
            Assert.True(overflow <= 0, $"{name}: the page is {overflow}px wider than the screen");
            await page.CloseAsync();
        }
        Assert.Equal(4, Directory.GetFiles(dir, "*.png").Length);
    }
}
