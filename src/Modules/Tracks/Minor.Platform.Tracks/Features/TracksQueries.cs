using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Data;
using Minor.Platform.Tracks.Domain;

namespace Minor.Platform.Tracks.Features;

/// <summary>
/// The module's read contract. A request asks for the same cohort and the same student's enrolments from several
/// modules (a student's home: the schedule, the announcements and the results), so those answers are remembered for the
/// request, until it saves anything through this module.
/// </summary>
public sealed class TracksQueries(TracksDbContext db) : ITracksQueries
{
    private static readonly Expression<Func<Cohort, CohortDto>> CohortView = c =>
        new CohortDto(c.Id, c.InstitutionId, c.Name, c.StartsOn, c.CurriculumVersion, c.EndsOn, c.Capacity, c.EnrolmentOpen, c.ArchivedAt != null);
    private static readonly Expression<Func<Enrolment, EnrolmentDto>> EnrolmentView = e => new EnrolmentDto(e.CohortId, e.StudentId, e.TrackCode, e.EnrolledAt);

    private readonly Dictionary<(string Query, Guid Key), object?> _remembered = [];
    private int _rememberedAtSave;

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
            .Select(CohortView)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CohortDto>> ListCohortsForProcessingAsync(CancellationToken cancellationToken) =>
        await db.Cohorts.IgnoreQueryFilters().AsNoTracking().OrderBy(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(CohortView)
            .ToListAsync(cancellationToken);

    public Task<CohortDto?> GetCohortAsync(Guid cohortId, CancellationToken cancellationToken) =>
        RememberAsync(nameof(GetCohortAsync), cohortId, () => db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(CohortView)
            .FirstOrDefaultAsync(cancellationToken));

    public Task<CohortDto?> GetCohortForProcessingAsync(Guid cohortId, CancellationToken cancellationToken) =>
        db.Cohorts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == cohortId)
            .Select(CohortView)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountEnrolmentsAsync(Guid cohortId, CancellationToken cancellationToken) =>
        db.Enrolments.IgnoreQueryFilters().CountAsync(e => e.CohortId == cohortId, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, int>> CountEnrolmentsPerCohortAsync(CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking().GroupBy(e => e.CohortId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId)
            .Select(EnrolmentView)
            .ToListAsync(cancellationToken);

    public Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        RememberAsync<IReadOnlyList<EnrolmentDto>>(nameof(ListEnrolmentsOfStudentAsync), studentId, async () =>
            await db.Enrolments.AsNoTracking().Where(e => e.StudentId == studentId)
                .Select(EnrolmentView)
                .ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsOfStudentForProcessingAsync(Guid studentId, CancellationToken cancellationToken) =>
        await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.StudentId == studentId)
            .Select(EnrolmentView)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<EnrolmentDto>> ListEnrolmentsForProcessingAsync(Guid cohortId, CancellationToken cancellationToken) =>
        await db.Enrolments.IgnoreQueryFilters().AsNoTracking().Where(e => e.CohortId == cohortId)
            .Select(EnrolmentView)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MinorCompletionDto>> ListMinorCompletionsForProcessingAsync(CancellationToken cancellationToken) =>
        await db.MinorCompletions.IgnoreQueryFilters().AsNoTracking()
            .Select(c => new MinorCompletionDto(c.Id, c.InstitutionId, c.CohortId, c.StudentId, c.TotalEc, c.CompletedAt))
            .ToListAsync(cancellationToken);

    private async Task<T> RememberAsync<T>(string query, Guid key, Func<Task<T>> read)
    {
        if (_rememberedAtSave != db.Saves)
        {
            _remembered.Clear();
            _rememberedAtSave = db.Saves;
        }

        if (_remembered.TryGetValue((query, key), out var known))
        {
            return (T)known!;
        }

        var value = await read();
        _remembered[(query, key)] = value;
        return value;
    }
}
