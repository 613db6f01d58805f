using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Exemptions;

public sealed record EvidenceView(Guid Id, string Name, string ContentType, long Size, string Sha256);

public sealed record ExemptionRequestView(
    Guid Id, Guid StudentId, string StudentName, string ModuleCode, IReadOnlyList<string> LearningOutcomeCodes, string Motivation,
    DateTimeOffset SubmittedAt, string Status, DateTimeOffset? DecidedAt, IReadOnlyList<EvidenceView> Evidence);


/// <summary>
/// EVC: a student asks for an exemption from a module their track lets them ask for, or from some of its learning
/// outcomes, with a motivation and evidence; the examencommissie of their hogeschool reads the evidence and decides.
/// </summary>
public sealed class ExemptionRequests(
    TracksDbContext db,
    ICurriculumQueries curriculum,
    IIdentityQueries identity,
    IBlobStore blobs,
    DecideExemptionHandler decide,
    ICurrentUser currentUser,
    IStringLocalizer<TracksResource> localizer,
    TimeProvider time)
{
    public const int MaxFiles = 5;
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const long MaxRequestBytes = (MaxFiles * MaxFileBytes) + (1024 * 1024);

    private static readonly UploadLimits Limits = new(MaxFiles, MaxFileBytes, [FileKind.Pdf, FileKind.Docx, FileKind.Odt, FileKind.Png, FileKind.Jpeg]);

    /// <summary>The modules the student's track lets them ask an exemption for, with no decision or open request yet.</summary>
    public async Task<IReadOnlyList<CourseDto>> RequestableAsync(Guid studentId, CancellationToken cancellationToken) =>
        await LatestEnrolmentAsync(studentId, cancellationToken) is { } enrolment ? await RequestableAsync(enrolment, cancellationToken) : [];

    private Task<Enrolment?> LatestEnrolmentAsync(Guid studentId, CancellationToken cancellationToken) =>
        db.Enrolments.AsNoTracking().Where(e => e.StudentId == studentId).OrderByDescending(e => e.EnrolledAt).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<CourseDto>> RequestableAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var studentId = enrolment.StudentId;
        var track = await db.Tracks.AsNoTracking().FirstOrDefaultAsync(t => t.Code == enrolment.TrackCode, cancellationToken);
        var taken = await db.ExemptionRequests.Where(r => r.StudentId == studentId && r.CohortId == enrolment.CohortId && (r.Decision == null || r.Decision == ExemptionDecision.Granted))
            .Select(r => r.CourseCode)
            .Concat(db.Exemptions.Where(x => x.StudentId == studentId && x.Decision == ExemptionDecision.Granted).Select(x => x.CourseCode))
            .ToListAsync(cancellationToken);
        var exemptible = track?.Definition.Exemptible ?? [];
        return (await curriculum.ListCoursesAsync(await db.CurriculumVersionOfAsync(enrolment.CohortId, cancellationToken), cancellationToken)).Where(c => exemptible.Contains(c.Code) && !taken.Contains(c.Code)).ToList();
    }

    public async Task<ExemptionRequestView> SubmitAsync(
        string? moduleCode, IReadOnlyList<string>? learningOutcomeCodes, string? motivation, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        var enrolment = await LatestEnrolmentAsync(studentId, cancellationToken) ?? throw new NotFoundException("student");
        var errors = new InputErrors();
        var course = (await RequestableAsync(enrolment, cancellationToken))
            .FirstOrDefault(c => string.Equals(c.Code, moduleCode?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (course is null)
        {
            errors.Add("moduleCode", localizer["Tracks:NotRequestable"]);
        }

        var outcomes = (learningOutcomeCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (course is not null && outcomes.Any(code => course.LearningOutcomes.All(o => o.Code != code)))
        {
            errors.Add("learningOutcomeCodes", localizer["Tracks:UnknownOutcome", course.Code]);
        }

        errors.RequireText("motivation", motivation, 4000, localizer["Tracks:MotivationRequired"], localizer["Tracks:MotivationTooLong"]);
        var accepted = FileUploads.Check(files, Limits, errors, "files", localizer, "Tracks");
        errors.ThrowIfAny();

        var request = new ExemptionRequest(enrolment.InstitutionId, enrolment.CohortId, studentId, course!.Code, outcomes, motivation!.Trim(), time.GetUtcNow());
        foreach (var (file, kind) in accepted)
        {
            var read = await FileUploads.ReadAsync(file, kind, cancellationToken);
            var evidence = new ExemptionEvidence(request, read.Name, kind.ContentType, read.Length, read.Sha256);
            await using var content = read.Open();
            await blobs.SaveAsync(evidence.BlobKey, content, cancellationToken);
            request.Evidence.Add(evidence);
        }

        db.ExemptionRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewsAsync([request], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<ExemptionRequestView>> ListMineAsync(CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId ?? throw new NotFoundException("student");
        return await ViewsAsync(await Query().Where(r => r.StudentId == studentId).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The hogeschool's requests, open ones first, for the examencommissie.</summary>
    public async Task<IReadOnlyList<ExemptionRequestView>> ListAsync(bool openOnly, CancellationToken cancellationToken) =>
        await ViewsAsync(await Query().Where(r => !openOnly || r.Decision == null).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The examencommissie's decision on a request; the study plan follows it.</summary>
    public async Task<ExemptionView> DecideAsync(Guid requestId, string? decision, string? reason, IReadOnlyList<string>? learningOutcomeCodes, CancellationToken cancellationToken)
    {
        var request = await db.ExemptionRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw new NotFoundException("request");
        if (!request.IsOpen)
        {
            throw new BusinessRuleException("Tracks:RequestDecided");
        }

        var outcomes = string.Equals(decision?.Trim(), "partly", StringComparison.OrdinalIgnoreCase) && (learningOutcomeCodes is null || learningOutcomeCodes.Count == 0)
            ? request.LearningOutcomeCodes
            : learningOutcomeCodes;
        if (Enum.TryParse<ExemptionDecision>(decision?.Trim(), ignoreCase: true, out var parsed))
        {
            // Saved with the decision, in one transaction: a decision the handler refuses as invalid leaves the request open.
            request.Decided(parsed, time.GetUtcNow());
        }

        return await decide.HandleAsync(new DecideExemption(request.StudentId, request.CourseCode, decision, reason, outcomes, request.Id), cancellationToken);
    }

    /// <summary>An evidence file for its student or the examencommissie of the hogeschool; anyone else is told it does not exist.</summary>
    public async Task<StoredFile> OpenAsync(Guid evidenceId, CancellationToken cancellationToken)
    {
        var file = await (
                from e in db.ExemptionEvidence
                join r in db.ExemptionRequests on e.RequestId equals r.Id
                where e.Id == evidenceId
                select new { e.Name, e.ContentType, e.Id, r.StudentId })
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("file");
        if (!currentUser.IsInRole(Roles.ExamBoard) && file.StudentId != currentUser.UserId)
        {
            throw new NotFoundException("file");
        }

        var content = await blobs.OpenReadAsync(ExemptionEvidence.KeyOf(file.Id), cancellationToken) ?? throw new NotFoundException("file");
        return new StoredFile(file.Name, file.ContentType, content);
    }

    private IQueryable<ExemptionRequest> Query() =>
        db.ExemptionRequests.AsNoTracking().Include(r => r.Evidence).OrderBy(r => r.Decision != null).ThenBy(r => r.SubmittedAt);

    private async Task<IReadOnlyList<ExemptionRequestView>> ViewsAsync(IReadOnlyList<ExemptionRequest> requests, CancellationToken cancellationToken)
    {
        var people = await identity.GetPeopleAsync(requests.Select(r => r.StudentId).Distinct().ToList(), cancellationToken);
        return requests.Select(r => new ExemptionRequestView(
            r.Id, r.StudentId, people.TryGetValue(r.StudentId, out var person) ? person.FullName : "", r.CourseCode, r.LearningOutcomeCodes, r.Motivation,
            r.SubmittedAt, r.Decision?.ToString().ToLowerInvariant() ?? "open", r.DecidedAt,
            r.Evidence.OrderBy(e => e.Position).Select(e => new EvidenceView(e.Id, e.Name, e.ContentType, e.Size, e.Sha256)).ToList())).ToList();
    }
}
