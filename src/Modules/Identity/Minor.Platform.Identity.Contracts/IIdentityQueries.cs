namespace Minor.Platform.Identity.Contracts;

/// <summary>What other modules may ask the Identity module.</summary>
public interface IIdentityQueries
{
    Task<InstitutionDto?> FindInstitutionAsync(string code, CancellationToken cancellationToken);

    Task<InstitutionDto?> GetInstitutionAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstitutionDto>> ListInstitutionsAsync(CancellationToken cancellationToken);

    Task<PersonDto?> FindPersonAsync(string email, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, PersonDto>> GetPeopleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
