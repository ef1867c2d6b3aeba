namespace Book.Pdf.Syntax;

/// <summary>The catalog's /ViewerPreferences: how a viewer or print dialog should open the file.</summary>
public sealed class ViewerPreferencesDict : PdfDictionary
{
    /// <summary>Show the document's /Title in the window bar, not the file name.</summary>
    public ViewerPreferencesDict DisplayDocTitle(bool value) { this["DisplayDocTitle"] = value; return this; }

    /// <summary>/Duplex: Simplex, DuplexFlipShortEdge or DuplexFlipLongEdge.</summary>
    public ViewerPreferencesDict Duplex(string mode) { this["Duplex"] = PdfName.Key(mode); return this; }

    /// <summary>/PrintScaling: None (print at 100 %) or AppDefault.</summary>
    public ViewerPreferencesDict PrintScaling(string mode) { this["PrintScaling"] = PdfName.Key(mode); return this; }
}
