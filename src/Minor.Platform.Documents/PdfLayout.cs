using SkiaSharp;

namespace Minor.Platform.Documents;

/// <summary>
/// Our small document-layout layer on SkiaSharp's PDF backend: A4 pages, a cursor that moves down, wrapped text runs,
/// rules, and tables that continue on a new page with their header repeated. Text stays text (extractable).
/// </summary>
public sealed class PdfLayout : IDisposable
{
    public const float PageWidth = 595f;
    public const float PageHeight = 842f;
    private const float LineSpacing = 1.35f;

    private readonly MemoryStream _stream = new();
    private readonly SKDocument _document;
    private readonly float _margin;
    private readonly Action<SKCanvas>? _decoratePage;
    private SKCanvas? _canvas;

    /// <param name="decoratePage">Draws what every page carries (a frame, a band) when the page begins.</param>
    public PdfLayout(SKDocumentPdfMetadata metadata, float margin = 56f, Action<SKCanvas>? decoratePage = null)
    {
        _margin = margin;
        _decoratePage = decoratePage;
        _document = SKDocument.CreatePdf(_stream, metadata);
        NewPage();
    }

    /// <summary>The vertical position of the next line, in points from the top of the page.</summary>
    public float Y { get; set; }

    public int PageCount { get; private set; }

    public float ContentWidth => PageWidth - (2 * _margin);

    public float Left => _margin;

    public float Bottom => PageHeight - _margin;

    /// <summary>The page being drawn on, for drawings the layout layer does not know (a QR code, a frame).</summary>
    public SKCanvas Canvas => _canvas!;

    public void NewPage()
    {
        if (_canvas is not null)
        {
            _document.EndPage();
        }

        _canvas = _document.BeginPage(PageWidth, PageHeight);
        _decoratePage?.Invoke(_canvas);
        PageCount++;
        Y = _margin;
    }

    public void Space(float points) => Y += points;

    /// <summary>Writes text wrapped to the content width (or <paramref name="width"/>), breaking pages as needed.</summary>
    public void Text(string text, PdfTextStyle style, PdfAlignment alignment = PdfAlignment.Left, float? x = null, float? width = null)
    {
        using var font = style.CreateFont();
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        var left = x ?? _margin;
        var available = width ?? ContentWidth;
        var lineHeight = style.Size * LineSpacing;
        foreach (var line in Wrap(text, font, available))
        {
            if (Y + lineHeight > Bottom)
            {
                NewPage();
            }

            Y += style.Size;
            var lineX = alignment switch
            {
                PdfAlignment.Center => left + ((available - font.MeasureText(line)) / 2),
                PdfAlignment.Right => left + available - font.MeasureText(line),
                _ => left,
            };
            _canvas!.DrawText(line, lineX, Y, SKTextAlign.Left, font, paint);
            Y += lineHeight - style.Size;
        }
    }

    public void Rule(SKColor color, float thickness = 0.75f, float? x = null, float? width = null)
    {
        using var paint = new SKPaint { Color = color, StrokeWidth = thickness, IsStroke = true, IsAntialias = true };
        var left = x ?? _margin;
        _canvas!.DrawLine(left, Y, left + (width ?? ContentWidth), Y, paint);
    }

    /// <summary>
    /// A table across the content width; when a row does not fit above the bottom margin (less
    /// <paramref name="reserveBelow"/> on every page), it continues on a new page under a repeated header.
    /// </summary>
    public void Table(IReadOnlyList<PdfTableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, PdfTextStyle style, float reserveBelow = 0)
    {
        var header = style with { Bold = true };
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => ContentWidth * c.Weight / totalWeight).ToArray();
        const float padding = 4f;

        float HeightOf(IReadOnlyList<string> cells, PdfTextStyle cellStyle)
        {
            using var font = cellStyle.CreateFont();
            var lines = cells.Select((cell, i) => Wrap(cell, font, widths[i] - (2 * padding)).Count()).Max();
            return (lines * cellStyle.Size * LineSpacing) + (2 * padding);
        }

        void DrawRow(IReadOnlyList<string> cells, PdfTextStyle cellStyle, float height)
        {
            var x = _margin;
            var top = Y;
            for (var i = 0; i < columns.Count; i++)
            {
                Y = top + padding;
                Text(cells[i], cellStyle, columns[i].Alignment, x + padding, widths[i] - (2 * padding));
                x += widths[i];
            }

            Y = top + height;
            Rule(new SKColor(0xD5, 0xDB, 0xDE), 0.5f);
        }

        var headerCells = columns.Select(c => c.Header).ToList();
        var headerHeight = HeightOf(headerCells, header);
        DrawRow(headerCells, header, headerHeight);
        foreach (var row in rows)
        {
            var height = HeightOf(row, style);
            if (Y + height > Bottom - reserveBelow)
            {
                NewPage();
                DrawRow(headerCells, header, headerHeight);
            }

            DrawRow(row, style, height);
        }
    }

    /// <summary>Closes the document and returns the PDF bytes, marked with the document language when given.</summary>
    public byte[] Finish(string? language = null)
    {
        _document.EndPage();
        _document.Close();
        return language is null ? _stream.ToArray() : PdfCatalogLanguage.Apply(_stream.ToArray(), language);
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            yield return line;
        }
    }
}
