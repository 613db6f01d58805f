namespace Minor.Platform.Curriculum.Localization;

/// <summary>Marker for the Curriculum module's texts.</summary>
public sealed class CurriculumResource;
