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
    public const string Tag = "<script src=\"" + Path + "\"></script>";

    public const string Script = """
        (function () {
          "use strict";
          var key = "book-preview-scroll:" + location.pathname;
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
          source.addEventListener("reload", function () { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); });
          source.addEventListener("failed", function (e) { overlay(JSON.parse(e.data)); });
          source.addEventListener("ok", function () { overlay(null); });
        })();
        """;
}
