using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.Tracks.Contracts;
using UglyToad.PdfPig.Writer;

namespace Minor.Platform.Certificates.Features.Bulk;

/// <summary>
/// One ZIP for a bulk issue's cohort with one PDF per student: their issued certificates, the minor first and then the
/// modules, page after page (PdfPig's merger copies the pages as issued, so each keeps its verification code and QR
/// code). A single certificate's own file, whose SHA-256 the verification page knows, is on the student's page.
/// </summary>
public sealed class CohortCertificatesArchive(CertificatesDbContext db, ITracksQueries tracks, IBlobStore blobs)
{
    /// <summary>A temporary file that deletes itself when the response has been sent.</summary>
    public async Task<Stream> CreateAsync(Guid bulkIssueId, CancellationToken cancellationToken)
    {
        var bulk = await db.BulkIssues.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bulkIssueId, cancellationToken)
                   ?? throw new NotFoundException("bulk issue");
        var students = (await tracks.ListEnrolmentsAsync(bulk.CohortId, cancellationToken)).Select(e => e.StudentId).ToList();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => students.Contains(c.StudentId) && c.Status == CertificateStatus.Issued
                        && (c.Kind == CertificateKind.Module || c.Kind == CertificateKind.Minor))
            .Select(c => new { c.StudentId, c.HolderName, c.Kind, c.SubjectKey, c.PdfBlobKey })
            .ToListAsync(cancellationToken);

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var student in certificates.GroupBy(c => c.StudentId).OrderBy(g => g.First().HolderName, StringComparer.CurrentCulture))
            {
                var pdfs = new List<byte[]>();
                foreach (var certificate in student.OrderBy(c => c.Kind == CertificateKind.Minor ? 0 : 1).ThenBy(c => c.SubjectKey, StringComparer.Ordinal))
                {
                    if (await blobs.ReadAllBytesAsync(certificate.PdfBlobKey!, cancellationToken) is { } pdf)
                    {
                        pdfs.Add(pdf);
                    }
                }

                if (pdfs.Count == 0)
                {
                    continue;
                }

                var holder = SafeName(student.First().HolderName);
                var name = holder;
                for (var n = 2; !names.Add(name); n++)
                {
                    name = $"{holder} ({n})";
                }

                var bundle = PdfMerger.Merge(pdfs, null, PdfAStandard.None, new PdfDocumentBuilder.DocumentInformationBuilder
                {
                    Title = $"Certificaten {student.First().HolderName}", Producer = "Minor.Platform",
                });
                await using var entry = zip.CreateEntry($"{name}.pdf", CompressionLevel.Fastest).Open();
                await entry.WriteAsync(bundle, cancellationToken);
            }
        }

        file.Position = 0;
        return file;
    }

    /// <summary>A file name that keeps the holder's letters (diacritics included) but nothing a file system dislikes.</summary>
    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' ? c : '_').ToArray());
}
