namespace Book.Web;

/// <summary>The site's static files, embedded in the assembly (Assets/).</summary>
static class Assets
{
    public static byte[] Bytes(string name)
    {
        using var s = typeof(Assets).Assembly.GetManifestResourceStream("Book.Web." + name)
            ?? throw new InvalidOperationException($"{name} is missing from Book.Web's resources");
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    public static string Text(string name) => System.Text.Encoding.UTF8.GetString(Bytes(name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
