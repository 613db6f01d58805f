namespace Minor.Platform.Intake.Contracts;

public sealed record ApplicationSummaryDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Email,
    string TrackCode,
    string Status,
    DateTimeOffset SubmittedAt,
    string Sector,
    int YearsExperience,
    string EducationLevel,
    string Region,
    Guid? StudentId,
    Guid? CohortId,
    bool PossibleDuplicate,
    bool Anonymised = false,
    string? LegalHoldReason = null,
    int Period = 0);
