using Microsoft.EntityFrameworkCore;
using Minor.Platform.Intake.Data;
using Minor.Platform.SharedKernel.Privacy;

namespace Minor.Platform.Intake.Features.Applications;

/// <summary>
/// Every application made with the person's e-mail address, at any hogeschool: an applicant has no account yet when
/// applying, so the address is the only link. This named query is why it reads across tenants.
/// </summary>
public sealed class ApplicationPersonalData(IntakeDbContext db) : IPersonalDataSource
{
    public string Module => "intake";

    public async Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var email = subject.Email.Trim();
        var applications = await db.Applications.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Email == email || a.StudentId == subject.UserId)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => new
            {
                a.Id, a.FirstName, a.LastName, a.Email, a.TrackCode, Status = a.Status.ToString(), a.SubmittedAt, a.ConsentGivenAt,
                a.Background.Sector, a.Background.YearsExperience, a.Background.EducationLevel, a.Background.Region, a.Motivation,
                a.AdmittedAt,
            })
            .ToListAsync(cancellationToken);
        return PersonalData.Of(applications);
    }
}
