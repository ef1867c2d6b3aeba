namespace Book.Tests.Web;

/// <summary>
/// A browser test: runs Debian's chromium through Playwright (nothing is downloaded). Skipped, with a
/// message saying what to install, only where chromium is absent; CI (.ci/run) installs it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"{Chromium} is not installed (apt-get install chromium); the web edition's browser tests need it";
    }
}
