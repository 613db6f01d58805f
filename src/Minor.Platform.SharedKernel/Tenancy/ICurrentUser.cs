namespace Minor.Platform.SharedKernel.Tenancy;

/// <summary>Who is calling: a signed-in person, an API client, or nobody.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    /// <summary>The hogeschool the caller belongs to; null for national roles, clients and anonymous callers.</summary>
    Guid? InstitutionId { get; }

    bool IsInRole(string role);
}
