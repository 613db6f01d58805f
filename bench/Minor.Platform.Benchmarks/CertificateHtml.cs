using System.Net;
using System.Text;
using Minor.Platform.Certificates.Rendering;
using QRCoder;

namespace Minor.Platform.Benchmarks;

/// <summary>The usual alternative: the same certificate as an HTML page, for headless Chromium to print to PDF.</summary>
public static class CertificateHtml
{
    public static string For(CertificateDocument d)
    {
        string E(string s) => WebUtility.HtmlEncode(s);
        var qr = new StringBuilder();
        using (var generator = new QRCodeGenerator())
        using (var data = generator.CreateQrCode(d.VerificationUrl, QRCodeGenerator.ECCLevel.M))
        {
            var n = data.ModuleMatrix.Count;
            qr.Append($"<svg viewBox='0 0 {n} {n}' width='92' height='92'>");
            for (var y = 0; y < n; y++)
            {
                for (var x = 0; x < n; x++)
                {
                    if (data.ModuleMatrix[y][x])
                    {
                        qr.Append($"<rect x='{x}' y='{y}' width='1' height='1'/>");
                    }
                }
            }

            qr.Append("</svg>");
        }

        return $$"""
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Certificaat</title><style>
            @page { size: A4; margin: 0 } body { margin: 0; font-family: 'Noto Sans', sans-serif; color: #1f2933 }
            .page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 23mm; border-top: 4mm solid #0b5563; position: relative }
            h1 { color: #0b5563; font-size: 34pt; text-align: center; margin-top: 30mm } .c { text-align: center } .muted { color: #4a555e }
            .name { font-size: 26pt; font-weight: bold } .foot { position: absolute; bottom: 23mm; left: 23mm; display: flex; gap: 4mm }
            </style></head><body><div class="page">
            <div><strong style="color:#0b5563">{{E(d.InstitutionName)}}</strong><br><span class="muted">{{E(d.ProgrammeName)}}</span></div>
            <h1>CERTIFICAAT</h1><p class="c muted">Hierbij verklaren wij dat</p><p class="c name">{{E(d.HolderName)}}</p>
            <p class="c muted">met goed gevolg heeft afgerond de module</p><p class="c" style="font-size:18pt;font-weight:bold">{{E(d.Title)}}</p>
            <p class="c"><strong>{{d.Ec}} EC · Eindcijfer {{d.Grade}}</strong></p><p class="c">Uitgereikt op 24 november 2026</p>
            <div class="foot">{{qr}}<div class="muted">Controleer de echtheid op<br>{{E(d.VerificationUrl)}}<br><strong>Verificatiecode: {{E(d.VerificationCode)}}</strong></div></div>
            </div></body></html>
            """;
    }
}
