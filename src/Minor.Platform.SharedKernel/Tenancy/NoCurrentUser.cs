namespace Minor.Platform.SharedKernel.Tenancy;

/// <summary>Nobody: what a module's DbContext sees until a request or job gives it its caller (and at design time).</summary>
public sealed class NoCurrentUser : ICurrentUser
{
    public static readonly NoCurrentUser Instance = new();

    private NoCurrentUser()
    {
    }

    public bool IsAuthenticated => false;

    public Guid? UserId => null;

    public Guid? InstitutionId => null;

    public bool IsInRole(string role) => false;
}
