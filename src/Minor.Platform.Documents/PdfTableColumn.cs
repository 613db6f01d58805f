namespace Minor.Platform.Documents;

/// <summary>A table column: its header text, its share of the width (relative) and how its cells align.</summary>
public sealed record PdfTableColumn(string Header, float Weight, PdfAlignment Alignment = PdfAlignment.Left);
