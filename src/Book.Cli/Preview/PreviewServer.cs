using System.Net;
using System.Text;
using System.Text.Json;

namespace Book.Cli;

/// <summary>
/// Serves the web edition (and the PDF beside it) on http://127.0.0.1:PORT/ with HttpListener, and
/// pushes server-sent events to every open page: "reload" after a good build, "failed" with the
/// errors after a bad one. Loopback only: the listener is bound to 127.0.0.1, never to all addresses.
/// </summary>
sealed class PreviewServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly string _outDir;
    readonly object _gate = new();
    readonly List<HttpListenerResponse> _clients = [];
    string? _siteFolder;
    string? _failure;
    int _build; // counts good builds; every served page carries the number it was built by

    public string Url { get; }

    /// <exception cref="HttpListenerException">the port is taken</exception>
    public PreviewServer(string outDir, int port)
    {
        _outDir = Path.GetFullPath(outDir);
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(Loop);
    }

    /// <summary>A good build: serve its site folder and tell the pages to reload.</summary>
    public void Built(string siteFolder)
    {
        int build;
        lock (_gate) { _siteFolder = Path.GetFullPath(siteFolder); _failure = null; build = ++_build; }
        Broadcast("reload", build.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A failed build: the pages keep the last good site and show <paramref name="errors"/> over it.</summary>
    public void Failed(string errors)
    {
        lock (_gate) _failure = errors;
        Broadcast("failed", JsonString(errors));
    }

    /// <summary>A JSON string literal, escaped as the serializer would, without its reflection (the tool is compiled ahead of time).</summary>
    static string JsonString(string text) => "\"" + JsonEncodedText.Encode(text).Value + "\"";

    void Broadcast(string name, string data)
    {
        var bytes = Encoding.UTF8.GetBytes($"event: {name}\ndata: {data}\n\n");
        lock (_gate)
            foreach (var c in _clients.ToList())
                try { c.OutputStream.Write(bytes); c.OutputStream.Flush(); }
                catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { _clients.Remove(c); }
    }

    async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { Serve(ctx); }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException) { }
        }
    }

    void Serve(HttpListenerContext ctx)
    {
        var res = ctx.Response;
        var path = Uri.UnescapeDataString(ctx.Request.Url!.AbsolutePath);
        if (path == LiveReload.Events)
        {
            res.ContentType = "text/event-stream";
            res.Headers["Cache-Control"] = "no-store";
            res.SendChunked = true;
            lock (_gate)
            {
                _clients.Add(res);
                // The current build first: a page served before the latest good build (whose "reload" went out
                // before this page was listening) sees it is stale and reloads, so no edit is ever missed.
                var opening = $"event: build\ndata: {_build}\n\n"
                    + (_failure is null ? "event: ok\ndata: 1\n\n" : $"event: failed\ndata: {JsonString(_failure)}\n\n");
                res.OutputStream.Write(Encoding.UTF8.GetBytes(opening));
                res.OutputStream.Flush();
            }
            return; // held open; written to by Broadcast
        }
        if (path == LiveReload.Path) { Send(res, "text/javascript", Encoding.UTF8.GetBytes(LiveReload.Script)); return; }

        string? file;
        int served;
        lock (_gate) { file = Resolve(path); served = _build; }
        if (file is null)
        {
            res.StatusCode = 404;
            Send(res, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(_siteFolder is null ? "The first build has not succeeded yet." : "Not found."));
            return;
        }
        var bytes = File.ReadAllBytes(file);
        var type = ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            // The live-reload script, just before </body>.
            var html = Encoding.UTF8.GetString(bytes);
            int at = html.LastIndexOf("</body>", StringComparison.Ordinal);
            var tag = LiveReload.TagFor(served);
            html = at < 0 ? html + tag : html[..at] + tag + html[at..];
            bytes = Encoding.UTF8.GetBytes(html);
        }
        Send(res, type, bytes);
    }

    /// <summary>A site file, or a PDF of the output folder; nothing outside them.</summary>
    string? Resolve(string path)
    {
        var rel = path.TrimStart('/');
        if (rel.Length == 0) rel = "index.html";
        if (rel.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !rel.Contains('/'))
        {
            var pdf = Path.Combine(_outDir, rel);
            return File.Exists(pdf) ? pdf : null;
        }
        if (_siteFolder is null) return null;
        var full = Path.GetFullPath(Path.Combine(_siteFolder, rel));
        return full.StartsWith(_siteFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    static void Send(HttpListenerResponse res, string type, byte[] bytes)
    {
        res.ContentType = type;
        res.Headers["Cache-Control"] = "no-store";
        res.ContentLength64 = bytes.Length;
        res.OutputStream.Write(bytes);
        res.Close();
    }

    static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8", ".css" => "text/css; charset=utf-8", ".js" => "text/javascript; charset=utf-8",
        ".woff2" => "font/woff2", ".svg" => "image/svg+xml", ".jpg" => "image/jpeg", ".png" => "image/png", ".gif" => "image/gif",
        ".webp" => "image/webp", ".pdf" => "application/pdf", _ => "application/octet-stream",
    };

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var c in _clients) try { c.Abort(); } catch (ObjectDisposedException) { }
            _clients.Clear();
        }
        try { _listener.Stop(); _listener.Close(); } catch (ObjectDisposedException) { }
    }
}
