using System.Net;

namespace Book.Tests.Web;

/// <summary>A loopback server for a folder, as the site would be served: the browser tests open the web edition through it.</summary>
public sealed class StaticServer : IDisposable
{
    readonly HttpListener _listener = new();
    readonly string _root;
    public string Url { get; }

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        for (int attempt = 0; ; attempt++)
        {
            int port = Random.Shared.Next(20000, 60000);
            var url = $"http://127.0.0.1:{port}/";
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add(url);
                _listener.Start();
                Url = url;
                break;
            }
            catch (HttpListenerException) when (attempt < 20) { }
        }
        _ = Task.Run(Loop);
    }

    async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try
            {
                var rel = Uri.UnescapeDataString(ctx.Request.Url!.AbsolutePath).TrimStart('/');
                if (rel.Length == 0) rel = "index.html";
                var path = Path.GetFullPath(Path.Combine(_root, rel));
                if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path)) { ctx.Response.StatusCode = 404; ctx.Response.Close(); continue; }
                ctx.Response.ContentType = Path.GetExtension(path) switch
                {
                    ".html" => "text/html; charset=utf-8", ".css" => "text/css", ".js" => "text/javascript", ".woff2" => "font/woff2",
                    ".svg" => "image/svg+xml", ".jpg" => "image/jpeg", ".png" => "image/png", ".pdf" => "application/pdf", _ => "application/octet-stream",
                };
                var bytes = await File.ReadAllBytesAsync(path);
                ctx.Response.ContentLength64 = bytes.Length;
                await ctx.Response.OutputStream.WriteAsync(bytes);
                ctx.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException) { }
        }
    }

    public void Dispose()
    {
        // Stopping while the browser still has a request open can throw; the server is going away either way.
        try { _listener.Stop(); _listener.Close(); } catch (Exception e) when (e is ObjectDisposedException or HttpListenerException) { }
    }
}
