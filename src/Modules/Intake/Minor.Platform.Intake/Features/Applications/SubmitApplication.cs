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
public sealed class SubmitApplicationHandler(IntakeDbContext db, ApplicationRules rules, TimeProvider time)
{
    public async Task<Guid> HandleAsync(SubmitApplication command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var application = await rules.CheckAsync(command, time.GetUtcNow(), errors, cancellationToken);
        errors.ThrowIfAny();
        db.Applications.Add(application!);
        await db.SaveChangesAsync(cancellationToken);
        return application!.Id;
    }
}

/// <summary>
/// The rules an aanmelding must meet, from the public form, the API and a CSV import alike. Institutions and tracks
/// are read once per request.
/// </summary>
public sealed class ApplicationRules(IIdentityQueries identity, ITracksQueries tracks, IStringLocalizer<IntakeResource> localizer)
{
    private IReadOnlyList<InstitutionDto>? _institutions;
    private IReadOnlyList<TrackDto>? _tracks;

    /// <summary>The application the command describes, or null with the reasons added to <paramref name="errors"/>.</summary>
    public async Task<Application?> CheckAsync(SubmitApplication command, DateTimeOffset submittedAt, InputErrors errors, CancellationToken cancellationToken)
    {
        var before = errors.Count;
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

        _institutions ??= await identity.ListInstitutionsAsync(cancellationToken);
        var institution = _institutions.FirstOrDefault(i => string.Equals(i.Code, command.InstitutionCode?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (institution is null)
        {
            errors.Add("institutionCode", localizer["Intake:UnknownInstitution"]);
        }

        _tracks ??= await tracks.ListTracksAsync(cancellationToken);
        var track = _tracks.FirstOrDefault(t => string.Equals(t.Code, command.TrackCode?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (track is null)
        {
            errors.Add("trackCode", localizer["Intake:UnknownTrack"]);
        }

        var background = command.Background;
        errors.RequireText("background.sector", background?.Sector, 100, Required("sector"), tooLong);
        var province = ApplicantGroups.Province(background?.Region);
        if (province is null)
        {
            errors.Add("background.region", Required("region"));
        }

        if (background?.YearsExperience is not (>= 0 and <= 60))
        {
            errors.Add("background.yearsExperience", localizer["Intake:YearsExperience"]);
        }

        var level = background?.EducationLevel?.Trim().ToLowerInvariant();
        if (level is null || !ApplicantGroups.EducationLevels.Contains(level))
        {
            errors.Add("background.educationLevel", localizer["Intake:EducationLevel"]);
        }

        if (!command.Consent)
        {
            errors.Add("consent", localizer["Intake:ConsentRequired"]);
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new Application(
            institution!.Id,
            command.FirstName!.Trim(),
            command.LastName!.Trim(),
            command.Email!.Trim(),
            track!.Code,
            new ApplicantBackground(background!.Sector!.Trim(), background.YearsExperience!.Value, level!, province!),
            command.Motivation!.Trim(),
            submittedAt);
    }

    private static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);
}
