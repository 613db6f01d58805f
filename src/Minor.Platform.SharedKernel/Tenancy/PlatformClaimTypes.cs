namespace Minor.Platform.SharedKernel.Tenancy;

/// <summary>Claim names shared by cookies and access tokens.</summary>
public static class PlatformClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string InstitutionId = "institution_id";
    public const string InstitutionCode = "institution_code";
}
