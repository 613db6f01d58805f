namespace Minor.Platform.Tracks.Contracts;

public sealed record TrackDto(string Code, string Name, string NameEn, string Description, string DescriptionEn);
