namespace Book.Tests.Localization;

/// <summary>
/// A small book in Azerbaijani, Turkish or Russian with everything that makes the tool write words
/// of its own: covers, editors, a dated title page, lists of tables and figures, a chapter, a table
/// and a chart with a source line, a continued-free table, notes, a chronology, a bibliography and
/// an index whose names test the language's alphabet. Built once per language and shared.
/// </summary>
public static class LanguageBooks
{
    public sealed record Sample(string Language, string Title, string[] Names, string Chapter, string ChronologyLine, string[] Editors);

    public static readonly Sample Azerbaijani = new("az", "Xocalı, 26 fevral 1992",
        // In the expected index order: C < Ç, E < Ə, H < X < I < İ, K < Q.
        ["Cabbarov", "Cəfərov", "Çələbi", "Eyvazov", "Əliyev", "Həsənov", "Xəlilov", "İsmayılov", "Kərimov", "Qasımov"],
        "Gecə", "Hücum başladı.", ["Ə. Əliyev", "R. Hüseynov"]);

    public static readonly Sample Turkish = new("tr", "Hocalı, 26 Şubat 1992",
        // C < Ç, G < Ğ-less names, I (ı) < İ, O < Ö, S < Ş, U < Ü; Q, W, X where the root files them.
        ["Cemal", "Çelik", "Ilgaz", "İnönü", "Osman", "Özal", "Pamuk", "Quba", "Sezer", "Şahin", "Uçar", "Ünal", "Wilson", "Xocalı"],
        "Gece", "Saldırı başladı.", ["A. Yılmaz", "B. Kaya"]);

    public static readonly Sample Russian = new("ru", "Ходжалы, 26 февраля 1992 года",
        // Ё files with Е; Й after И; Latin after Cyrillic.
        ["Ёлкин", "Ефимов", "Жуков", "Иванов", "Йодко", "Кузнецов", "Эминов", "Юсупов", "Яковлев"],
        "Ночь", "Началось нападение.", ["А. Иванов", "Б. Петров"]);

    static readonly Dictionary<string, Lazy<TempProject>> Built = new()
    {
        ["az"] = new(() => BuildBook(Azerbaijani)),
        ["tr"] = new(() => BuildBook(Turkish)),
        ["ru"] = new(() => BuildBook(Russian)),
    };

    public static Sample For(string language) => language switch { "az" => Azerbaijani, "tr" => Turkish, _ => Russian };

    /// <summary>The book in <paramref name="language"/>, built (pdf and epub) once per run.</summary>
    public static TempProject Book(string language) => Built[language].Value;

    public static TempProject Create(Sample s)
    {
        var names = s.Names;
        // The names in an order that is not the index's, so the sort is what puts them right.
        var shuffled = names.Reverse().ToArray();
        return TempProject.Create(new Dictionary<string, string>
        {
            ["book.yaml"] = $"""
                title: "{s.Title}"
                slug: book-{s.Language}
                language: {s.Language}
                editors: [{string.Join(", ", s.Editors.Select(e => "\"" + e + "\""))}]
                date: 2026-02-26
                list-of-tables: true
                list-of-figures: true
                cover: {"{"} front: typographic, back: back.md {"}"}
                chapters: [one.md]
                appendices: [chronology, bibliography, index]
                outputs: [pdf, epub]
                """,
            ["back.md"] = s.ChronologyLine + "\n",
            ["one.md"] = $"""
                # {s.Chapter} {"{"}#sec:one{"}"}

                {string.Join(", ", shuffled)}.[^1] {s.ChronologyLine} [@source]

                [^1]: {s.ChronologyLine}

                ::: {"{"}.table #tbl:numbers source="data/numbers.csv" caption="{s.Chapter}" cite-column="source"{"}"}
                :::

                ::: {"{"}.chart type="bar" #fig:numbers source="data/numbers.csv" label-column="group" value-column="count" caption="{s.Chapter}" alt="{s.Chapter}"{"}"}
                :::

                """,
            ["data/numbers.csv"] = "group,count,source\n" + string.Join("", names.Take(3).Select((n, i) => $"{n},{12750 + i * 1000},source\n")),
            ["sources.yaml"] = $"""
                - id: source
                  type: book
                  author: [{"{"}family: "{names[0]}", given: "{names[1]}"{"}"}]
                  title: "{s.Title}"
                  issued: {"{"}date-parts: [[2024]]{"}"}
                """,
            ["chronology.yaml"] = $"""
                - date: 1992-02-26T01:00/1992-02-26T04:00
                  text: "{s.ChronologyLine}"
                  see: sec:one
                - date: 1992-02-25/1992-02-26
                  text: "{s.ChronologyLine}"
                - date: 1991-10/1991-12
                  text: "{s.ChronologyLine}"
                  approximate: true
                """,
            ["index.yaml"] = string.Join("", shuffled.Select(n => $"- term: \"{n}\"\n")),
        }, slug: "book-" + s.Language);
    }


    static TempProject BuildBook(Sample s)
    {
        var p = Create(s);
        var r = p.Build("pdf,epub");
        Assert.True(r.ExitCode == 0, r.Stderr);
        return p;
    }
}
