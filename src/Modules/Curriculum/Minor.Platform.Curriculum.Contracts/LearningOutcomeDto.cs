namespace Minor.Platform.Curriculum.Contracts;

/// <summary>A leerresultaat: "De student …" with an observable verb.</summary>
public sealed record LearningOutcomeDto(string Code, string Description, string DescriptionEn);
