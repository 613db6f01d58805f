namespace Minor.Platform.Identity.Contracts;

public sealed record NewStudent(string Email, string FirstName, string LastName, Guid InstitutionId);
