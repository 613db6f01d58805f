using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Results;

public sealed record RecordModuleResult(Guid CohortId, string CourseCode, Guid StudentId, decimal? Grade);

public sealed record RecordedResult(Guid Id, decimal Grade, bool Passed);

/// <summary>
/// Records and publishes a module result with its first line in the grade log, then tells other modules. A repeat of
/// the same grade is a no-op; a different grade after publication is refused here (a change needs a reason).
/// </summary>
public sealed class RecordModuleResultHandler(
    AssessmentDbContext db,
    ITracksQueries tracks,
    ICurriculumQueries curriculum,
    ICurrentUser currentUser,
    IEventBus events,
    IStringLocalizer<AssessmentResource> localizer,
    TimeProvider time)
{
    public const string InitialReason = "initial";

    public async Task<RecordedResult> HandleAsync(RecordModuleResult command, CancellationToken cancellationToken)
    {
        var cohort = await tracks.GetCohortAsync(command.CohortId, cancellationToken)
                     ?? throw new NotFoundException("cohort");
        var course = await curriculum.FindCourseAsync(command.CourseCode, cancellationToken)
                     ?? throw new NotFoundException("module");

        var errors = new InputErrors();
        if (command.Grade is not { } grade || !GradeRules.IsValidGrade(grade))
        {
            errors.Add("grade", localizer["Assessment:InvalidGrade"]);
        }

        var enrolments = await tracks.ListEnrolmentsAsync(cohort.Id, cancellationToken);
        if (enrolments.All(e => e.StudentId != command.StudentId))
        {
            errors.Add("studentId", localizer["Assessment:StudentNotEnrolled"]);
        }

        errors.ThrowIfAny();

        var existing = await db.ModuleResults.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CohortId == cohort.Id && r.CourseCode == course.Code && r.StudentId == command.StudentId, cancellationToken);
        if (existing is not null)
        {
            return existing.Grade == command.Grade
                ? new RecordedResult(existing.Id, existing.Grade, existing.Passed)
                : throw new BusinessRuleException("Assessment:ResultAlreadyPublished");
        }

        var now = time.GetUtcNow();
        var result = new ModuleResult(cohort.InstitutionId, cohort.Id, course.Code, command.StudentId, command.Grade!.Value, currentUser.UserId, now);
        db.ModuleResults.Add(result);
        db.GradeAudit.Add(new GradeAuditEntry(cohort.InstitutionId, result.Id, null, result.Grade, InitialReason, currentUser.UserId, now));
        await db.SaveChangesAsync(cancellationToken);

        await events.PublishAsync(
            new ModuleResultPublished(Guid.CreateVersion7(), now, result.Id, result.InstitutionId, result.CohortId,
                result.CourseCode, result.StudentId, result.Grade, result.Passed, result.ExaminerId),
            cancellationToken);
        return new RecordedResult(result.Id, result.Grade, result.Passed);
    }
}
