using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Book.Model;

/// <summary>
/// What a language needs from the tool: the words it writes itself ("Contents", "see also"),
/// read from Locales/{language}.txt, and how it writes dates and numbers (<see cref="LocaleDates"/>,
/// <see cref="Numbers"/>). The data ships with the program, so nothing depends on the machine's
/// culture or on .NET's globalization mode. A tag falls back by its subtags (az-Latn-AZ → az-Latn →
/// az), then to English, name by name.
/// </summary>
public sealed partial class Locale
{
    static readonly ConcurrentDictionary<string, Locale> Cache = new(StringComparer.OrdinalIgnoreCase);
    static readonly Lazy<IReadOnlyDictionary<string, string>> EnglishValues = new(() => ReadFile("en")!);

    readonly IReadOnlyDictionary<string, string> _values;

    Locale(string tag, string file, IReadOnlyDictionary<string, string> values)
    {
        Tag = tag;
        File = file;
        _values = values;
        Dates = new LocaleDates(this);
    }

    /// <summary>The tag asked for ("az-Latn-AZ").</summary>
    public string Tag { get; }
    /// <summary>The language whose file was found ("az"; "en" when none was).</summary>
    public string File { get; }
    public LocaleDates Dates { get; }

    /// <summary>The names a book may override under <c>terms:</c> in book.yaml (those without a dot), in file order.</summary>
    public static IReadOnlyList<string> TermNames { get; } = [.. EnglishValues.Value.Keys.Where(k => !k.Contains('.'))];

    /// <summary>The languages that have a file of their own.</summary>
    public static IReadOnlyList<string> Languages { get; } =
        [.. typeof(Locale).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4]).Order(StringComparer.Ordinal)];

    const string Prefix = "Book.Model.Locales.";

    public static Locale English => For("en");

    /// <summary>The locale for a BCP 47 tag; English for null, "und" or a language with no file.</summary>
    public static Locale For(string? tag) => Cache.GetOrAdd(string.IsNullOrWhiteSpace(tag) ? "en" : tag.Trim(), Load);

    static Locale Load(string tag)
    {
        var subtags = tag.Replace('_', '-').Split('-');
        for (int n = subtags.Length; n > 0; n--)
        {
            var name = string.Join('-', subtags.Take(n)).ToLowerInvariant();
            if (ReadFile(name) is { } values)
            {
                var merged = new Dictionary<string, string>(EnglishValues.Value, StringComparer.Ordinal);
                foreach (var (k, v) in values) merged[k] = v;
                return new Locale(tag, name, merged);
            }
        }
        return new Locale(tag, "en", EnglishValues.Value);
    }

    /// <summary>This locale with some terms replaced (book.yaml <c>terms:</c>); names must be in <see cref="TermNames"/>.</summary>
    public Locale WithTerms(IReadOnlyDictionary<string, string> overrides)
    {
        if (overrides.Count == 0) return this;
        var merged = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (k, v) in overrides) merged[k] = v;
        return new Locale(Tag, File, merged);
    }

    /// <summary>A term or datum by its name in the locale files ("contents", "date.clock").</summary>
    public string this[string name] => _values.TryGetValue(name, out var v) ? v
        : throw new KeyNotFoundException($"no term '{name}' in Locales/en.txt");

    /// <summary>A term with its "{0}" filled in ("Back to note {0} in the text").</summary>
    public string Format(string name, string value) => this[name].Replace("{0}", value, StringComparison.Ordinal);

    static IReadOnlyDictionary<string, string>? ReadFile(string name)
    {
        using var stream = typeof(Locale).Assembly.GetManifestResourceStream(Prefix + name + ".txt");
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int eq = line.IndexOf(" = ", StringComparison.Ordinal);
            if (eq < 0) continue;
            values[line[..eq].Trim()] = Unescape(line[(eq + 3)..].Trim());
        }
        return values;
    }

    // \u00A0 and the like: spaces that an editor would otherwise hide or trim.
    static string Unescape(string s)
    {
        if (!s.Contains("\\u", StringComparison.Ordinal)) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 5 < s.Length && s[i + 1] == 'u'
                && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
            {
                sb.Append((char)code);
                i += 5;
            }
            else sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
