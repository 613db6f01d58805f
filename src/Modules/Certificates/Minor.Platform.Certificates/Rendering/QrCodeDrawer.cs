using QRCoder;
using SkiaSharp;

namespace Minor.Platform.Certificates.Rendering;

/// <summary>Draws a QR code as vector squares, so it stays sharp at any zoom and adds only a few hundred bytes.</summary>
public static class QrCodeDrawer
{
    public static void Draw(SKCanvas canvas, string content, float x, float y, float size, SKColor color)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var modules = matrix.Count;
        var cell = size / modules;
        using var paint = new SKPaint { Color = color, IsAntialias = false, Style = SKPaintStyle.Fill };
        using var path = new SKPath();
        for (var row = 0; row < modules; row++)
        {
            for (var column = 0; column < modules; column++)
            {
                if (matrix[row][column])
                {
                    path.AddRect(SKRect.Create(x + (column * cell), y + (row * cell), cell, cell));
                }
            }
        }

        canvas.DrawPath(path, paint);
    }
}
