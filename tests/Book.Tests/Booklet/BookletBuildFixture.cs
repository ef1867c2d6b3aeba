namespace Book.Tests.Booklet;

/// <summary>The bundled booklet's outputs, from the one build the whole run shares (<see cref="SharedBooklet"/>).</summary>
public sealed class BookletBuildFixture
{
    readonly SharedBooklet.Built _built = SharedBooklet.Get();
    public string OutDir => _built.OutDir;
    public CliRunner.Result Build => _built.Build;
    public string Pdf => _built.Pdf;
    public string Epub => _built.Epub;
}
