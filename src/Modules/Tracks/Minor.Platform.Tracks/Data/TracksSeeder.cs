using Microsoft.EntityFrameworkCore;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Seeding;
using Minor.Platform.Tracks.Domain;
using Minor.Platform.Tracks.Features.Enrolments;

namespace Minor.Platform.Tracks.Data;

/// <summary>
/// The national tracks always (added and defined once; the curriculum board changes them after that); in demo mode also
/// the demo hogescholen's cohorts and the demo students' enrolments.
/// </summary>
public sealed class TracksSeeder(TracksDbContext db, IIdentityQueries identity, EnrolStudentHandler enrol) : IDataSeeder
{
    private const int SeedCurriculumVersion = 1;

    public int Order => 30;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var tracks = await context.ReadAsync<List<TrackSeed>>("tracks.json", cancellationToken);
        var existing = await db.Tracks.ToDictionaryAsync(t => t.Code, cancellationToken);
        foreach (var seed in tracks)
        {
            if (!existing.TryGetValue(seed.Code, out var track))
            {
                track = new Track(seed.Code, seed.Name, seed.NameEn, seed.Description, seed.DescriptionEn);
                db.Tracks.Add(track);
            }
            else if (track.Definition.EntryRequirements.Length > 0)
            {
                // The curriculum board owns a defined track from here on; the seed does not overwrite its changes.
                continue;
            }

            track.Define(new TrackDefinition(
                seed.EntryRequirements, seed.EntryRequirementsEn, seed.Exemptible, seed.Replaced, seed.BridgingUnits, seed.DurationSemesters));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!context.IncludeDemoData)
        {
            return;
        }

        // The demo hogescholen's cohorts; a real hogeschool's coordinator opens its own.
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Code, i => i.Id);
        var cohorts = await context.ReadAsync<List<CohortSeed>>("cohorts.json", cancellationToken);
        var existingCohorts = await db.Cohorts.IgnoreQueryFilters().ToListAsync(cancellationToken);
        foreach (var seed in cohorts)
        {
            var institutionId = institutions[seed.InstitutionCode];
            if (!existingCohorts.Any(c => c.InstitutionId == institutionId && c.Name == seed.Name))
            {
                db.Cohorts.Add(new Cohort(institutionId, seed.Name, seed.StartsOn, seed.EndsOn, seed.Capacity, SeedCurriculumVersion, enrolmentOpen: true));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnrolDemoStudentsAsync(context, cancellationToken);
    }

    private async Task EnrolDemoStudentsAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var users = await context.ReadAsync<List<DemoUserSeed>>("demo-users.json", cancellationToken);
        var cohorts = await db.Cohorts.IgnoreQueryFilters().AsNoTracking()
            .OrderBy(c => c.StartsOn).ToListAsync(cancellationToken);
        foreach (var user in users.Where(u => u.TrackCode is not null))
        {
            var person = await identity.FindPersonAsync(user.Email, cancellationToken);
            var cohort = cohorts.FirstOrDefault(c => c.InstitutionId == person?.InstitutionId);
            if (person is not null && cohort is not null)
            {
                await enrol.HandleAsync(
                    new EnrolStudent(cohort.InstitutionId, cohort.Id, person.Id, user.TrackCode!, null), cancellationToken);
            }
        }
    }

    private sealed record TrackSeed(
        string Code, string Name, string NameEn, string Description, string DescriptionEn, string EntryRequirements, string EntryRequirementsEn,
        IReadOnlyList<string> Exemptible, IReadOnlyList<ModuleReplacement> Replaced, IReadOnlyList<BridgingUnit> BridgingUnits, int DurationSemesters);

    private sealed record CohortSeed(string InstitutionCode, string Name, DateOnly StartsOn, DateOnly EndsOn, int? Capacity);

    private sealed record DemoUserSeed(string Email, string? TrackCode);
}
