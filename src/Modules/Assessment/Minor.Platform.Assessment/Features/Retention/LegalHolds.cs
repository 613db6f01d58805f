using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minor.Platform.Assessment.Data;
using Minor.Platform.Assessment.Domain;
using Minor.Platform.Assessment.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Assessment.Features.Retention;

public sealed record LegalHoldInput(string? Reason);

public sealed record LegalHoldView(Guid Id, Guid StudentId, string Reason, DateTimeOffset PlacedAt, DateTimeOffset? LiftedAt);

/// <summary>The examencommissie places and lifts legal holds on its own students' assessment records.</summary>
public sealed class LegalHolds(AssessmentDbContext db, ITracksQueries tracks, ICurrentUser currentUser, IStringLocalizer<AssessmentResource> localizer, TimeProvider time)
{
    public async Task<LegalHoldView> PlaceAsync(Guid studentId, LegalHoldInput input, CancellationToken cancellationToken)
    {
        var cohort = await CohortOfAsync(studentId, cancellationToken);
        new InputErrors().RequireText("reason", input.Reason, 1000, localizer["Assessment:ReasonRequired"], localizer["Assessment:ReasonTooLong"]).ThrowIfAny();
        var hold = new LegalHold(cohort.InstitutionId, studentId, input.Reason!.Trim(), currentUser.UserId, time.GetUtcNow());
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(cancellationToken);
        return ToView(hold);
    }

    public async Task<LegalHoldView> LiftAsync(Guid holdId, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.Id == holdId, cancellationToken) ?? throw new NotFoundException("hold");
        hold.Lift(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ToView(hold);
    }

    public async Task<IReadOnlyList<LegalHoldView>> ListAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await CohortOfAsync(studentId, cancellationToken);
        return (await db.LegalHolds.AsNoTracking().Where(h => h.StudentId == studentId).OrderBy(h => h.Id).ToListAsync(cancellationToken)).Select(ToView).ToList();
    }

    /// <summary>The student's cohort at the caller's hogeschool; a student of another hogeschool does not exist here.</summary>
    private async Task<CohortDto> CohortOfAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var enrolment = (await tracks.ListEnrolmentsOfStudentAsync(studentId, cancellationToken)).FirstOrDefault() ?? throw new NotFoundException("student");
        return await tracks.GetCohortAsync(enrolment.CohortId, cancellationToken) ?? throw new NotFoundException("student");
    }

    private static LegalHoldView ToView(LegalHold h) => new(h.Id, h.StudentId, h.Reason, h.PlacedAt, h.LiftedAt);
}
