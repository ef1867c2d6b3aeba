using Book.Core.Sources;
using Book.Model;
using CsvHelper;

namespace Book.Core.Data;

/// <summary>A CSV data file as read: its display name, header row and rows with their line numbers. Reads with CsvHelper.</summary>
public sealed record CsvData(string File, string[] Header, List<(int Line, string[] Fields)> Rows)
{
    public static CsvData? Read(ProjectFiles files, string source, SourceSpan at, DiagnosticBag diags)
    {
        var text = files.ReadText(source, at, diags);
        if (text is null) return null;
        var display = files.Display(source);
        // Separator fixed to a comma: detection could guess wrong on a one-column file.
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true, MaxRecordSize = 1 << 20 };
        try
        {
            using var reader = CsvReader.FromText(text, options);
            reader.ReadHeader();
            var header = reader.Headers.ToArray();
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                diags.Error(new SourceSpan(display, 1, 1), "the CSV file is empty; it needs a header row");
                return null;
            }
            var rows = new List<(int, string[])>();
            bool bad = false;
            while (reader.Read())
            {
                int line = (int)reader.LineNumber;
                var fields = new string[reader.FieldCount];
                for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                if (fields.Length != header.Length)
                {
                    diags.Error(new SourceSpan(display, line, 1), $"row has {fields.Length} fields, the header has {header.Length}");
                    bad = true; continue;
                }
                rows.Add((line, fields));
            }
            return bad ? null : new CsvData(display, header, rows);
        }
        catch (CsvFormatException e)
        {
            diags.Error(new SourceSpan(display, (int)e.LineNumber, 1), "malformed CSV: " + e.Message.Split('\n')[0]);
            return null;
        }
    }
}
