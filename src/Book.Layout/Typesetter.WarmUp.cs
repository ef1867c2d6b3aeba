using Book.Layout.Styles;
using Book.Layout.Text;

namespace Book.Layout;

public sealed partial class Typesetter
{
    /// <summary>
    /// Loads the bundled fonts and the English hyphenation patterns on a background thread, so
    /// a build can do it while it reads the project instead of stopping for it when typesetting
    /// starts (about a tenth of a second). Both are loaded once per process; calling this is optional.
    /// </summary>
    public static void WarmUp() => ThreadPool.UnsafeQueueUserWorkItem(static _ =>
    {
        FontSet.Bundled();
        Hyphenator.ForLanguage("en");
    }, null);
}
