namespace Book.Cli;

/// <summary>
/// The script the preview adds to every page it serves: it listens to the server's events, reloads the
/// page after a good build keeping the reader's place (the scroll position, per page, in sessionStorage),
/// and shows a failed build's errors over the page, with their file:line:col, until a good build.
/// </summary>
static class LiveReload
{
    public const string Path = "/__preview/live.js";
    public const string Events = "/__preview/events";
    /// <summary>The script tag for a page of good build <paramref name="build"/>.</summary>
    public static string TagFor(int build) =>
        "<script src=\"" + Path + "\" data-build=\"" + build.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"></script>";

    public const string Script = """
        (function () {
          "use strict";
          var key = "book-preview-scroll:" + location.pathname;
          var built = document.currentScript ? document.currentScript.getAttribute("data-build") : null;
          function reload() { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); }
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.addEventListener("load", function () { window.scrollTo(0, +saved); }); }
          function overlay(text) {
            var o = document.getElementById("book-preview-errors");
            if (!text) { if (o) o.remove(); return; }
            if (!o) {
              o = document.createElement("div");
              o.id = "book-preview-errors";
              o.setAttribute("role", "alert");
              o.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:1000;background:#2b0b0b;color:#fff;" +
                "font:14px/1.45 monospace;padding:1em 1.25em;border-top:4px solid #e5484d;white-space:pre-wrap";
              document.body.appendChild(o);
            }
            o.textContent = "The last build failed; this page shows the last good one.\n\n" + text;
          }
          var source = new EventSource("/__preview/events");
          source.addEventListener("reload", reload);
          // On (re)connecting the server says which build is current: a page of an older one reloads.
          source.addEventListener("build", function (e) { if (built !== null && e.data !== built) reload(); });
          source.addEventListener("failed", function (e) { overlay(JSON.parse(e.data)); });
          source.addEventListener("ok", function () { overlay(null); });
        })();
        """;
}
