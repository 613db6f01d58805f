namespace Minor.Platform.Identity.Contracts;

public sealed record PersonDto(Guid Id, string Email, string FirstName, string LastName, Guid? InstitutionId)
{
    public string FullName => $"{FirstName} {LastName}";
}
