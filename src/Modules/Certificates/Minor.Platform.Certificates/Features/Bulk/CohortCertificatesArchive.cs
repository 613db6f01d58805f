using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Bulk;

/// <summary>One ZIP with the issued PDF of every certificate of a bulk issue's cohort, one per file.</summary>
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
            .OrderBy(c => c.HolderName).ThenBy(c => c.SubjectKey)
            .Select(c => new { c.HolderName, c.SubjectKey, c.VerificationCode, c.PdfBlobKey })
            .ToListAsync(cancellationToken);

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var certificate in certificates)
            {
                var pdf = await blobs.ReadAsync(certificate.PdfBlobKey!, cancellationToken);
                if (pdf is null)
                {
                    continue;
                }

                var name = $"{SafeName(certificate.HolderName)} - {certificate.SubjectKey} - {certificate.VerificationCode}.pdf";
                await using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                await entry.WriteAsync(pdf, cancellationToken);
            }
        }

        file.Position = 0;
        return file;
    }

    /// <summary>A file name that keeps the holder's letters (diacritics included) but nothing a file system dislikes.</summary>
    private static string SafeName(string name) =>
        new(name.Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' ? c : '_').ToArray());
}
