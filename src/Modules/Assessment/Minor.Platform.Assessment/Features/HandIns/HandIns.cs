using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.HandIns;

public sealed record HandInFileView(Guid Id, string Name, string ContentType, long Size, string Sha256);

public sealed record HandInView(Guid Id, Guid AssessmentId, Guid StudentId, int Attempt, bool Late, DateTimeOffset SubmittedAt, IReadOnlyList<HandInFileView> Files);


/// <summary>
/// Students hand in files per assessment. Each file's type is read from its content, its name is cleaned and never
/// used as a path, its SHA-256 is kept as the receipt; the window (deadline, resit, late) follows the assessment.
/// </summary>
public sealed class HandIns(
    AssessmentDbContext db,
    ITracksQueries tracks,
    IBlobStore blobs,
    ICurrentUser currentUser,
    IStringLocalizer<AssessmentResource> localizer,
    TimeProvider time)
{
    public const long MaxFileBytes = 25 * 1024 * 1024;
    public const int MaxFiles = 10;

    private static readonly UploadLimits Limits = new(MaxFiles, MaxFileBytes, FileKind.HandIn);

    /// <summary>The request limit, enforced by Kestrel before anything is buffered.</summary>
    public const long MaxRequestBytes = (MaxFiles * MaxFileBytes) + (1024 * 1024);

    public async Task<HandInView> SubmitAsync(Guid assessmentId, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var assessment = await OpenAssessmentAsync(assessmentId, studentId, cancellationToken);
        var checkedFiles = Check(files);

        var published = await db.StudentGrades.AsNoTracking()
            .FirstOrDefaultAsync(g => g.AssessmentId == assessment.Id && g.StudentId == studentId && g.PublishedAt != null, cancellationToken);
        var now = time.GetUtcNow();
        var decision = HandInWindow.Decide(assessment, published?.Mark, now);
        switch (decision.Verdict)
        {
            case HandInVerdict.AlreadyPassed:
                throw new BusinessRuleException("Assessment:HandInAlreadyPassed");
            case HandInVerdict.Closed:
                throw new BusinessRuleException("Assessment:HandInClosed");
        }

        var handIn = new HandIn(assessment, studentId, decision.Attempt, decision.Late, now);
        foreach (var (file, kind) in checkedFiles)
        {
            var read = await FileUploads.ReadAsync(file, kind, cancellationToken);
            var stored = new HandInFile(handIn, read.Name, kind.ContentType, read.Length, read.Sha256);
            await using var content = read.Open();
            await blobs.SaveAsync(stored.BlobKey, content, cancellationToken);
            handIn.Files.Add(stored);
        }

        db.HandIns.Add(handIn);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(handIn);
    }

    /// <summary>The caller's own hand-ins for the assessment, newest first.</summary>
    public async Task<IReadOnlyList<HandInView>> ListMineAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var assessment = await EnrolledAssessmentAsync(assessmentId, studentId, cancellationToken);
        return await ListAsync(db.HandIns.Where(h => h.AssessmentId == assessment.Id && h.StudentId == studentId), cancellationToken);
    }

    /// <summary>
    /// The caller's own hand-ins for several assessments at once (a module page), newest first per assessment. Only
    /// the caller's rows are read, so no enrolment check is needed.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<HandInView>>> ListMineAsync(IReadOnlyCollection<Guid> assessmentIds, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var handIns = await ListAsync(db.HandIns.Where(h => assessmentIds.Contains(h.AssessmentId) && h.StudentId == studentId), cancellationToken);
        return handIns.GroupBy(h => h.AssessmentId).ToDictionary(g => g.Key, g => (IReadOnlyList<HandInView>)g.ToList());
    }

    /// <summary>Every hand-in for the assessment, for its examiners; newest first.</summary>
    public async Task<IReadOnlyList<HandInView>> ListForExaminersAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
                         ?? throw new NotFoundException("assessment");
        return await ListOfAssessmentAsync(assessment.Id, cancellationToken);
    }

    /// <summary>The hand-ins of an assessment the caller has already found (tenant-filtered all the same).</summary>
    public Task<IReadOnlyList<HandInView>> ListOfAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken) =>
        ListAsync(db.HandIns.Where(h => h.AssessmentId == assessmentId), cancellationToken);

    /// <summary>A stored file for its student or for the staff of the hogeschool; anyone else is told it does not exist.</summary>
    public async Task<StoredFile> OpenAsync(Guid fileId, CancellationToken cancellationToken)
    {
        var file = await (
                from f in db.HandInFiles
                join h in db.HandIns on f.HandInId equals h.Id
                where f.Id == fileId
                select new { f.Name, f.ContentType, f.BlobKey, h.StudentId })
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("file");
        var staff = currentUser.IsInRole(Roles.Examiner) || currentUser.IsInRole(Roles.Lecturer);
        if (!staff && file.StudentId != currentUser.UserId)
        {
            throw new NotFoundException("file");
        }

        var content = await blobs.OpenReadAsync(file.BlobKey, cancellationToken) ?? throw new NotFoundException("file");
        return new StoredFile(file.Name, file.ContentType, content);
    }

    private async Task<PlannedAssessment> OpenAssessmentAsync(Guid assessmentId, Guid studentId, CancellationToken cancellationToken)
    {
        var assessment = await EnrolledAssessmentAsync(assessmentId, studentId, cancellationToken);
        var published = await db.Plans.AnyAsync(p => p.Id == assessment.PlanId && p.Status == PlanStatus.Published, cancellationToken);
        return published ? assessment : throw new BusinessRuleException("Assessment:PlanNotPublished");
    }

    /// <summary>The assessment when the student is enrolled in its cohort; otherwise it does not exist for them.</summary>
    private async Task<PlannedAssessment> EnrolledAssessmentAsync(Guid assessmentId, Guid studentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        var enrolled = assessment is not null
                       && (await tracks.ListEnrolmentsOfStudentAsync(studentId, cancellationToken)).Any(e => e.CohortId == assessment.CohortId);
        return enrolled ? assessment! : throw new NotFoundException("assessment");
    }

    private List<(UploadedFile File, FileKind Kind)> Check(IReadOnlyList<UploadedFile> files)
    {
        var errors = new InputErrors();
        var accepted = FileUploads.Check(files, Limits, errors, "files", localizer, "Assessment");
        errors.ThrowIfAny();
        return accepted;
    }

    private static async Task<IReadOnlyList<HandInView>> ListAsync(IQueryable<HandIn> handIns, CancellationToken cancellationToken) =>
        (await handIns.AsNoTracking().Include(h => h.Files).OrderByDescending(h => h.Id).ToListAsync(cancellationToken)).Select(ToView).ToList();

    private static HandInView ToView(HandIn h) => new(
        h.Id, h.AssessmentId, h.StudentId, h.Attempt, h.Late, h.SubmittedAt, h.Files.OrderBy(f => f.Position).Select(f => new HandInFileView(f.Id, f.Name, f.ContentType, f.Size, f.Sha256)).ToList());
}
