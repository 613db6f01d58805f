namespace Minor.Platform.Identity.Contracts;

/// <summary>What other modules may ask the Identity module.</summary>
public interface IIdentityQueries
{
    Task<InstitutionDto?> FindInstitutionAsync(string code, CancellationToken cancellationToken);

    Task<InstitutionDto?> GetInstitutionAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstitutionDto>> ListInstitutionsAsync(CancellationToken cancellationToken);

    Task<PersonDto?> FindPersonAsync(string email, CancellationToken cancellationToken);

    /// <summary>The people of a hogeschool who hold a role, e.g. its coordinators, by name.</summary>
    Task<IReadOnlyList<PersonDto>> ListPeopleInRoleAsync(Guid institutionId, string role, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, PersonDto>> GetPeopleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The given people's ids ordered by last and first name (the database's collation), e.g. a cohort's gradebook order.</summary>
    Task<IReadOnlyList<Guid>> OrderByNameAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
