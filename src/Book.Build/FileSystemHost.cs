using System.Globalization;
using Book.Core.Pipeline;
using Book.Core.Sources;

namespace Book.Build;

/// <summary>The host of a build on this machine: the project folder on disk, the bundled Literata, and SOURCE_DATE_EPOCH.</summary>
public sealed class FileSystemHost : IBuildHost
{
    public static FileSystemHost Instance { get; } = new();

    public ProjectFiles Project(string projectDir) => new(projectDir);

    public IReadOnlyList<string> FontFamilies { get; } = ["Literata"];

    public FontFaces? Family(string name) =>
        string.Equals(name, "Literata", StringComparison.OrdinalIgnoreCase) ? FontFaces.BundledLiterata() : null;

    /// <summary>The one place the environment's date is read (https://reproducible-builds.org/specs/source-date-epoch/).</summary>
    /// A value that is not a whole number of seconds within years 1–9999 is ignored, as before.
    public DateTimeOffset? SourceDate =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var secs)
            && secs >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && secs <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(secs) : null;
}
