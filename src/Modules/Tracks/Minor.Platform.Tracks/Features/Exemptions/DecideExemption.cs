using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Events;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Features.Completion;
using Minor.Platform.Tracks.Features.StudyPlans;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Features.Exemptions;

public sealed record DecideExemption(
    Guid StudentId, string? ModuleCode, string? Decision, string? Reason, IReadOnlyList<string>? LearningOutcomeCodes = null, Guid? RequestId = null);

public sealed record ExemptionView(
    Guid Id, Guid StudentId, string ModuleCode, string Decision, string Reason, IReadOnlyList<string> LearningOutcomeCodes, DateTimeOffset DecidedAt);

/// <summary>
/// The examencommissie decides on an exemption for a student of its hogeschool, and the study plan follows: a granted
/// exemption makes the module VR (raising <see cref="ModuleExempted"/>) and may complete the minor; a partial one
/// records the learning outcomes exempted; a refusal changes nothing but the log.
/// </summary>
public sealed class DecideExemptionHandler(
    TracksDbContext db,
    ICurriculumQueries curriculum,
    MinorCompletionCheck completion,
    StudyPlanFactory plans,
    ICurrentUser currentUser,
    IEventBus events,
    IStringLocalizer<TracksResource> localizer,
    TimeProvider time)
{
    public async Task<ExemptionView> HandleAsync(DecideExemption command, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.AsNoTracking().Where(e => e.StudentId == command.StudentId)
            .OrderByDescending(e => e.EnrolledAt).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("student");

        var errors = new InputErrors();
        var course = string.IsNullOrWhiteSpace(command.ModuleCode) ? null : await curriculum.FindCourseAsync(command.ModuleCode.Trim(), cancellationToken);
        if (course is null)
        {
            errors.Add("moduleCode", localizer["Tracks:UnknownModule"]);
        }

        ExemptionDecision? decision = command.Decision?.Trim().ToLowerInvariant() switch
        {
            "granted" => ExemptionDecision.Granted,
            "partly" => ExemptionDecision.Partly,
            "refused" => ExemptionDecision.Refused,
            _ => null,
        };
        if (decision is null)
        {
            errors.Add("decision", localizer["Tracks:UnknownDecision"]);
        }

        errors.RequireText("reason", command.Reason, 1000, localizer["Tracks:ReasonRequired"], localizer["Tracks:ReasonTooLong"]);
        var outcomes = (command.LearningOutcomeCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (decision == ExemptionDecision.Partly && course is not null
            && (outcomes.Count == 0 || outcomes.Any(code => course.LearningOutcomes.All(o => o.Code != code))))
        {
            errors.Add("learningOutcomeCodes", localizer["Tracks:PartlyNeedsOutcomes", course.Code]);
        }

        errors.ThrowIfAny();

        var granted = await db.Exemptions.AnyAsync(
            x => x.StudentId == command.StudentId && x.CourseCode == course!.Code && x.Decision == ExemptionDecision.Granted, cancellationToken);
        if (granted)
        {
            throw new BusinessRuleException("Tracks:ExemptionAlreadyGranted");
        }

        var exemption = new Exemption(
            enrolment.InstitutionId, enrolment.CohortId, enrolment.StudentId, course!.Code, decision!.Value, command.Reason!.Trim(), currentUser.UserId,
            time.GetUtcNow()).ForOutcomes(decision == ExemptionDecision.Partly ? outcomes : []).OnRequest(command.RequestId);
        db.Exemptions.Add(exemption);
        var item = (await plans.EnsureAsync(enrolment, cancellationToken)).FirstOrDefault(i => i.Code == exemption.CourseCode && i.IsModule);
        if (exemption.Decision == ExemptionDecision.Granted)
        {
            item?.Exempt();
        }
        else if (exemption.Decision == ExemptionDecision.Partly)
        {
            item?.ExemptOutcomes(exemption.LearningOutcomeCodes);
        }

        await db.SaveChangesAsync(cancellationToken);

        if (exemption.Decision == ExemptionDecision.Granted)
        {
            await events.PublishAsync(
                new ModuleExempted(Guid.CreateVersion7(), exemption.DecidedAt, exemption.Id, exemption.InstitutionId, exemption.CohortId, exemption.StudentId, exemption.CourseCode),
                cancellationToken);
            await completion.CheckAsync(exemption.InstitutionId, exemption.CohortId, exemption.StudentId, cancellationToken);
        }

        return ToView(exemption);
    }

    public async Task<IReadOnlyList<ExemptionView>> ListAsync(Guid studentId, CancellationToken cancellationToken) =>
        (await db.Exemptions.AsNoTracking().Where(x => x.StudentId == studentId).OrderBy(x => x.Id).ToListAsync(cancellationToken)).Select(ToView).ToList();

    private static ExemptionView ToView(Exemption x) =>
        new(x.Id, x.StudentId, x.CourseCode, x.Decision.ToString().ToLowerInvariant(), x.Reason, x.LearningOutcomeCodes, x.DecidedAt);
}
