using System.Net;
using System.Net.Sockets;
using Book.Cli;
using Microsoft.Playwright;

namespace Book.Tests.Web;

/// <summary>
/// `book preview` in a real browser: it serves the web edition on the loopback address, a saved edit
/// shows in the open page without a reload by hand, a broken file shows its error with
/// file:line:col over the page, and fixing it takes the overlay away.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PreviewTests
{
    static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    [BrowserFact]
    public async Task An_edit_shows_in_the_open_page_a_broken_file_shows_its_error_and_the_fix_clears_it()
    {
        using var p = TempProject.Create(Text("The first wording"));
        int port = FreePort();
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var preview = Task.Run(() => Commands.Run(["preview", p.Dir, "-o", p.Out, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token));
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await BrowserSite.Launch(playwright);
            var page = await browser.NewPageAsync();
            var url = $"http://127.0.0.1:{port}/";
            // The first build runs before the server answers with the site.
            string? chapter = null;
            for (int i = 0; i < 300 && chapter is null; i++) if ((chapter = Chapter(p)) is null) await Task.Delay(100);
            Assert.True(chapter is not null, "the first build wrote no site: " + stderr);
            Assert.Equal(200, (await page.GotoAsync(url + chapter))!.Status);
            Assert.Contains("The first wording", await page.TextContentAsync("main"));

            // The first rebuild waits for the warm-up builds (as `book watch`'s does). After it a save shows in
            // well under 2 s on an idle machine; the deadline allows for a loaded CI machine running other tests.
            p.Write("one.md", Text("The warm-up wording"));
            await page.WaitForFunctionAsync("() => document.querySelector('main').textContent.includes('The warm-up wording')", null, new() { Timeout = 30000 });
            await page.EvaluateAsync("() => window.scrollTo(0, 600)");
            p.Write("one.md", Text("The second wording"));
            await page.WaitForFunctionAsync("() => document.querySelector('main').textContent.includes('The second wording')", null, new() { Timeout = 10000 });
            // Reloaded where the reader was.
            await page.WaitForFunctionAsync("() => window.scrollY === 600", null, new() { Timeout = 10000 });

            p.Write("one.md", Text("The second wording") + "\nSee @sec:nowhere.\n");
            var overlay = page.Locator("#book-preview-errors");
            await overlay.WaitForAsync(new() { Timeout = 10000 });
            var error = await overlay.TextContentAsync();
            Assert.Matches(@"one\.md:" + (Text("x").Split('\n').Length + 1) + @":5: error: unknown cross-reference", error);
            Assert.Contains("The second wording", await page.TextContentAsync("main")); // the last good page stays

            p.Write("one.md", Text("The third wording"));
            await page.WaitForFunctionAsync("() => document.querySelector('main').textContent.includes('The third wording')", null, new() { Timeout = 10000 });
            Assert.Equal(0, await overlay.CountAsync());

            // The PDF is served beside the site.
            var pdf = await page.APIRequest.GetAsync(url + p.Slug + ".pdf");
            Assert.Equal(200, pdf.Status);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        }
        finally
        {
            stop.Cancel();
        }
        Assert.Equal(0, await preview.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("previewing", stdout.ToString());
        Assert.Contains("127.0.0.1:" + port, stdout.ToString());
    }

    /// <summary>A chapter long enough to scroll: the wording first, then forty paragraphs.</summary>
    static string Text(string wording) =>
        "# One\n\n" + wording + " of the chapter.\n\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"Paragraph {i} of the chapter, long enough to fill a line or two of the page.\n\n"));

    static string? Chapter(TempProject p)
    {
        var site = Path.Combine(p.Out, p.Slug + "-web");
        return Directory.Exists(site) ? Directory.GetFiles(site, "01-*.html").Select(Path.GetFileName).FirstOrDefault() : null;
    }
}
