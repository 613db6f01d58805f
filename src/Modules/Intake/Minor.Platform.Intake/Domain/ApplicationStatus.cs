namespace Minor.Platform.Intake.Domain;

/// <summary>Where an aanmelding stands in the intake pipeline.</summary>
public enum ApplicationStatus
{
    Submitted,
    Admitted,
    Rejected,
    Withdrawn,
}
