using Microsoft.EntityFrameworkCore;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;

namespace Minor.Platform.Tracks.Features;

public sealed class TracksQueries(TracksDbContext db) : ITracksQueries
{
    public async Task<IReadOnlyList<TrackDto>> ListTracksAsync(CancellationToken cancellationToken) =>
        await db.Tracks.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new TrackDto(t.Code, t.Name, t.NameEn, t.Description, t.DescriptionEn))
            .ToListAsync(cancellationToken);

    public Task<TrackDto?> FindTrackAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        return db.Tracks.AsNoTracking().Where(t => t.Code == normalized)
            .Select(t => new TrackDto(t.Code, t.Name, t.NameEn, t.Description, t.DescriptionEn))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CohortDto>> ListCohortsAsync(CancellationToken cancellationToken) =>
        await db.Cohorts.AsNoTracking().OrderBy(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortDto(c.Id, c.InstitutionId, c.Name, c.StartsOn, c.CurriculumVersion))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CohortDto>> ListCohortsForProcessingAsync(CancellationToken cancellationToken) =>
        await db.Cohorts.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortDto(c.Id, c.InstitutionId, c.Name, c.StartsOn, c.CurriculumVersion))
            .ToListAsync(cancellationToken);

    public Task<CohortDto?> GetCohortAsync(Guid cohortId, CancellationToken cancellationToken) =>
        db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new CohortDto(c.Id, c.InstitutionId, c.Name, c.StartsOn, c.CurriculumVersion))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId)
            .Select(e => new EnrolmentDto(e.CohortId, e.StudentId, e.TrackCode, e.EnrolledAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking().Where(e => e.StudentId == studentId)
            .Select(e => new EnrolmentDto(e.CohortId, e.StudentId, e.TrackCode, e.EnrolledAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken) =>
        await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == studentId)
            .Select(e => new EnrolmentDto(e.CohortId, e.StudentId, e.TrackCode, e.EnrolledAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsForProcessingAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.CohortId == cohortId)
            .Select(e => new EnrolmentDto(e.CohortId, e.StudentId, e.TrackCode, e.EnrolledAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MinorCompletionDto>> ListMinorCompletionsForProcessingAsync(CancellationToken cancellationToken) =>
        await db.MinorCompletions.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new MinorCompletionDto(c.Id, c.InstitutionId, c.CohortId, c.StudentId, c.TotalEc, c.CompletedAt))
            .ToListAsync(cancellationToken);
}
