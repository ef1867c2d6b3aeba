namespace Book.Csl;

/// <summary>A locale term in one form: singular and plural text, and for ordinals the gender and
/// the numbers it matches.</summary>
sealed record Term(string Single, string Multiple, string? Gender, string? GenderForm, string? Match);
