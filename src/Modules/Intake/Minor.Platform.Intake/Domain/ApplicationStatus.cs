namespace Minor.Platform.Intake.Domain;

/// <summary>Where an aanmelding stands in the intake pipeline (stored by name, so new stages may be added anywhere).</summary>
public enum ApplicationStatus
{
    Submitted,
    IntakePlanned,
    IntakeHeld,
    Admitted,
    Rejected,
    Withdrawn,
    Started,
    Completed,
    Stopped,
}
