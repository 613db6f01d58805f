using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Domain;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Seeding;

namespace Minor.Platform.Intake.Data;

/// <summary>
/// In demo mode, gives the three hogescholen the applications of 2025 and 2026 as a migrated history
/// (seeds/demo-applications.json), drawn from a fixed random seed: enough for the national dashboard to show both
/// figures and suppressed cells. Runs once; off with Platform:Seed:DemoApplications=false.
/// </summary>
public sealed class IntakeSeeder(IntakeDbContext db, IIdentityQueries identity, IConfiguration configuration) : IDataSeeder
{
    public const string DemoDomain = "@voorbeeld.nl";

    public int Order => 40;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData || !configuration.GetValue("Platform:Seed:DemoApplications", true)
            || await db.Applications.IgnoreQueryFilters().AnyAsync(a => a.Email.EndsWith(DemoDomain), cancellationToken))
        {
            return;
        }

        var seed = await context.ReadAsync<DemoApplicationsSeed>("demo-applications.json", cancellationToken);
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Code, i => i.Id);
        var random = new Random(2025);
        var number = 0;
        foreach (var institution in seed.Institutions.Where(i => institutions.ContainsKey(i.Code)))
        {
            foreach (var (periodText, count) in institution.Applications.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                var period = int.Parse(periodText, CultureInfo.InvariantCulture);
                for (var i = 0; i < count; i++)
                {
                    number++;
                    db.Applications.Add(Draw(random, seed, institution, institutions[institution.Code], period, number));
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Application Draw(Random random, DemoApplicationsSeed seed, InstitutionSeed institution, Guid institutionId, int period, int number)
    {
        var firstName = Pick(random, seed.FirstNames);
        var lastName = Pick(random, seed.LastNames);
        var submittedAt = DutchTime.FromLocal(new DateTime(period, 1, 15, 10, 0, 0).AddDays(random.Next(0, 280)).AddMinutes(random.Next(0, 480)));
        var application = new Application(
            institutionId, firstName, lastName, $"{Slug(firstName)}.{Slug(lastName)}.{number}{DemoDomain}",
            Weighted(random, ("REG", 55), ("Z1", 15), ("Z2", 22), ("Z3", 8)),
            new ApplicantBackground(
                Pick(random, seed.Sectors).Trim(), random.Next(0, 26), Weighted(random, ("hbo", 55), ("mbo", 25), ("wo", 14), ("other", 6)),
                Pick(random, institution.Provinces)),
            "Ik wil bewoners helpen zich te organiseren in hun eigen wijk.",
            submittedAt);
        var final = period < 2026
            ? Weighted(random, (ApplicationStatus.Rejected, 10), (ApplicationStatus.Withdrawn, 8), (ApplicationStatus.Completed, 62), (ApplicationStatus.Stopped, 14), (ApplicationStatus.Admitted, 6))
            : Weighted(random, (ApplicationStatus.Submitted, 10), (ApplicationStatus.IntakePlanned, 8), (ApplicationStatus.IntakeHeld, 6), (ApplicationStatus.Rejected, 8),
                (ApplicationStatus.Withdrawn, 6), (ApplicationStatus.Started, 56), (ApplicationStatus.Stopped, 6));
        application.ReplayHistory(final, submittedAt.AddDays(21));
        return application;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static T Weighted<T>(Random random, params (T Value, int Weight)[] choices)
    {
        var draw = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (draw < weight)
            {
                return value;
            }

            draw -= weight;
        }

        return choices[^1].Value;
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
        }

        return slug.ToString();
    }

    private sealed record DemoApplicationsSeed(
        IReadOnlyList<string> FirstNames, IReadOnlyList<string> LastNames, IReadOnlyList<string> Sectors, IReadOnlyList<InstitutionSeed> Institutions);

    private sealed record InstitutionSeed(string Code, IReadOnlyList<string> Provinces, Dictionary<string, int> Applications);
}
