using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Bulk;

public sealed record BulkFailure(string HolderName, string Title, string Error, int Attempts);

public sealed record BulkProgress(Guid CohortId, string State, int Done, int Total, int Failed, IReadOnlyList<BulkFailure> Failures)
{
    public int Percent => Total == 0 ? (State == BulkIssueProgressQuery.Completed ? 100 : 0) : Done * 100 / Total;
}

/// <summary>
/// Reads a bulk issue's progress from the cohort's certificates: total = live module and minor certificates, done =
/// issued (or since revoked), failed = still pending after a failed render.
/// </summary>
public sealed class BulkIssueProgressQuery(CertificatesDbContext db, ITracksQueries tracks)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";

    public async Task<BulkProgress?> HandleAsync(Guid bulkIssueId, CancellationToken cancellationToken)
    {
        var bulk = await db.BulkIssues.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bulkIssueId, cancellationToken);
        if (bulk is null)
        {
            return null;
        }

        var students = (await tracks.ListEnrolmentsAsync(bulk.CohortId, cancellationToken)).Select(e => e.StudentId).ToList();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => students.Contains(c.StudentId) && c.ReplacedById == null
                        && (c.Kind == CertificateKind.Module || c.Kind == CertificateKind.Minor))
            .Select(c => new { c.Status, c.HolderName, c.Title, c.LastRenderError, c.RenderAttempts })
            .ToListAsync(cancellationToken);

        var done = certificates.Count(c => c.Status is CertificateStatus.Issued or CertificateStatus.Revoked);
        var failures = certificates.Where(c => c.Status == CertificateStatus.Pending && c.LastRenderError is not null)
            .Select(c => new BulkFailure(c.HolderName, c.Title, c.LastRenderError!, c.RenderAttempts)).ToList();
        var waiting = certificates.Count(c => c.Status == CertificateStatus.Pending && c.LastRenderError is null);
        var state = bulk.PlannedAt is null ? Queued : waiting > 0 ? Running : Completed;
        return new BulkProgress(bulk.CohortId, state, done, certificates.Count, failures.Count, failures);
    }
}
