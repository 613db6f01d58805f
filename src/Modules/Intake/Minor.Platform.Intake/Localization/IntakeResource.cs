namespace Minor.Platform.Intake.Localization;

/// <summary>Marker for the Intake module's texts.</summary>
public sealed class IntakeResource;
