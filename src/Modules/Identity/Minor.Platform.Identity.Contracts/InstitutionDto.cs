namespace Minor.Platform.Identity.Contracts;

public sealed record InstitutionDto(Guid Id, string Code, string Name, string City);
