namespace Minor.Platform.Learning.Localization;

/// <summary>Marker for the Learning module's texts.</summary>
public sealed class LearningResource;
