namespace Book.Csl;

/// <summary>One person or organisation in a CSL-JSON name list.</summary>
public sealed record CslName
{
    public string? Family { get; init; }
    public string? Given { get; init; }
    public string? DroppingParticle { get; init; }
    public string? NonDroppingParticle { get; init; }
    public string? Suffix { get; init; }
    /// <summary>An institution or a name printed as written.</summary>
    public string? Literal { get; init; }
    /// <summary>"Jr." printed after a comma even in display order ("Doe, Jr.").</summary>
    public bool CommaSuffix { get; init; }
    /// <summary>Family name first even in display order (e.g. Chinese, Hungarian names).</summary>
    public bool StaticOrdering { get; init; }

    internal bool IsLiteral => Literal is not null || (Family is null && Given is null) || (Given is null && IsOrgLike);
    internal bool IsOrgLike => false;
    internal string LiteralText => Literal ?? Family ?? Given ?? "";
}
