namespace Minor.Platform.Intake.Domain;

/// <summary>What national intake figures are made of; nothing more than they need.</summary>
public sealed record ApplicantBackground(string Sector, int YearsExperience, string EducationLevel, string Region);
