namespace Minor.Platform.Assessment.Localization;

/// <summary>Marker for the Assessment module's texts.</summary>
public sealed class AssessmentResource;
