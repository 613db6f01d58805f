using System.Net.Mail;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Data;
using Minor.Platform.Intake.Domain;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Intake.Features.Applications;

public sealed record SubmitApplication(
    string? FirstName,
    string? LastName,
    string? Email,
    string? InstitutionCode,
    string? TrackCode,
    BackgroundInput? Background,
    string? Motivation,
    bool Consent);

public sealed record BackgroundInput(string? Sector, int? YearsExperience, string? EducationLevel, string? Region);

/// <summary>Stores an aanmelding after checking every field; a refused one stores nothing.</summary>
public sealed class SubmitApplicationHandler(
    IntakeDbContext db,
    IIdentityQueries identity,
    ITracksQueries tracks,
    IStringLocalizer<IntakeResource> localizer,
    TimeProvider time)
{
    public static readonly IReadOnlyList<string> EducationLevels = ["mbo", "hbo", "wo", "other"];

    public async Task<Guid> HandleAsync(SubmitApplication command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        string Required(string field) => localizer["Intake:Required:" + field];
        string tooLong = localizer["Intake:TooLong"];

        errors.RequireText("firstName", command.FirstName, 100, Required("firstName"), tooLong)
            .RequireText("lastName", command.LastName, 100, Required("lastName"), tooLong)
            .RequireText("motivation", command.Motivation, 4000, Required("motivation"), tooLong);

        if (string.IsNullOrWhiteSpace(command.Email))
        {
            errors.Add("email", Required("email"));
        }
        else if (!IsEmail(command.Email))
        {
            errors.Add("email", localizer["Intake:InvalidEmail"]);
        }

        var institution = string.IsNullOrWhiteSpace(command.InstitutionCode)
            ? null
            : await identity.FindInstitutionAsync(command.InstitutionCode, cancellationToken);
        if (institution is null)
        {
            errors.Add("institutionCode", localizer["Intake:UnknownInstitution"]);
        }

        var track = string.IsNullOrWhiteSpace(command.TrackCode)
            ? null
            : await tracks.FindTrackAsync(command.TrackCode, cancellationToken);
        if (track is null)
        {
            errors.Add("trackCode", localizer["Intake:UnknownTrack"]);
        }

        var background = command.Background;
        errors.RequireText("background.sector", background?.Sector, 100, Required("sector"), tooLong)
            .RequireText("background.region", background?.Region, 100, Required("region"), tooLong);
        if (background?.YearsExperience is not (>= 0 and <= 60))
        {
            errors.Add("background.yearsExperience", localizer["Intake:YearsExperience"]);
        }

        var level = background?.EducationLevel?.Trim().ToLowerInvariant();
        if (level is null || !EducationLevels.Contains(level))
        {
            errors.Add("background.educationLevel", localizer["Intake:EducationLevel"]);
        }

        if (!command.Consent)
        {
            errors.Add("consent", localizer["Intake:ConsentRequired"]);
        }

        errors.ThrowIfAny();

        var application = new Application(
            institution!.Id,
            command.FirstName!.Trim(),
            command.LastName!.Trim(),
            command.Email!.Trim(),
            track!.Code,
            new ApplicantBackground(background!.Sector!.Trim(), background.YearsExperience!.Value, level!, background.Region!.Trim()),
            command.Motivation!.Trim(),
            time.GetUtcNow());
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return application.Id;
    }

    private static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);
}
