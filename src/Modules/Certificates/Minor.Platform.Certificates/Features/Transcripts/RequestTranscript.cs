using Hangfire;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Certificates.Data;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Certificates.Features.Issuing;
using Minor.Platform.Certificates.Jobs;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Features.Transcripts;

public sealed record RequestTranscript(Guid StudentId, string? Language);

/// <summary>
/// A transcript (cijferlijst) of every module with its grade, on request. A new request replaces the previous
/// transcript, whose code then verifies as replaced.
/// </summary>
public sealed class RequestTranscriptHandler(
    CertificatesDbContext db, IIdentityQueries identity, CertificateSnapshots snapshots, IBackgroundJobClient jobs, ICurrentUser currentUser)
{
    public const string SubjectKey = "transcript";

    public async Task<Guid> HandleAsync(RequestTranscript command, CancellationToken cancellationToken)
    {
        var people = await identity.GetPeopleAsync([command.StudentId], cancellationToken);
        if (!people.TryGetValue(command.StudentId, out var student) || student.InstitutionId is not { } institutionId
            || institutionId != currentUser.InstitutionId)
        {
            throw new NotFoundException("student");
        }

        var language = command.Language?.Trim().ToLowerInvariant() == "en" ? "en" : "nl";
        var snapshot = await snapshots.ForTranscriptAsync(institutionId, command.StudentId, language, cancellationToken);
        var previous = await db.Certificates.FirstOrDefaultAsync(
            c => c.StudentId == command.StudentId && c.Kind == CertificateKind.Transcript && c.ReplacedById == null, cancellationToken);

        Certificate transcript;
        if (previous is { Status: not CertificateStatus.Pending })
        {
            transcript = await db.ReplaceAsync(previous, snapshot, null, cancellationToken);
        }
        else
        {
            if (previous is not null)
            {
                // A transcript still being drawn was never handed out: the new request simply takes its place.
                db.Certificates.Remove(previous);
                await db.SaveChangesAsync(cancellationToken);
            }

            transcript = new Certificate(institutionId, command.StudentId, CertificateKind.Transcript, SubjectKey, command.StudentId, snapshot);
            db.Certificates.Add(transcript);
            await db.SaveChangesAsync(cancellationToken);
        }

        jobs.Enqueue<RenderCertificateJob>(job => job.RunAsync(transcript.Id, CancellationToken.None));
        return transcript.Id;
    }
}
