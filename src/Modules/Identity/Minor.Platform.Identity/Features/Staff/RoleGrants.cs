using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Features.Staff;

/// <summary>
/// Who may hand out which role where. The platform administrator grants every role but Student (students come from
/// an admission), at any hogeschool; a coordinator grants the hogeschool's staff roles (Lecturer, Examiner,
/// Coordinator, ExamBoard) at their own hogeschool only. The national roles (CurriculumBoard, NationalAnalyst) and
/// Admin are the administrator's alone, and belong to no hogeschool.
/// </summary>
public static class RoleGrants
{
    public static readonly IReadOnlyList<string> HogeschoolRoles = [Roles.Lecturer, Roles.Examiner, Roles.Coordinator, Roles.ExamBoard];

    public static readonly IReadOnlyList<string> NationalRoles = [Roles.CurriculumBoard, Roles.NationalAnalyst, Roles.Admin];

    /// <summary>The roles the caller may grant or withdraw, at <paramref name="institutionId"/> (null: no hogeschool).</summary>
    public static IReadOnlyList<string> GrantableBy(ICurrentUser caller, Guid? institutionId)
    {
        if (caller.IsInRole(Roles.Admin))
        {
            return institutionId is null ? NationalRoles : HogeschoolRoles;
        }

        return caller.IsInRole(Roles.Coordinator) && institutionId is not null && caller.InstitutionId == institutionId ? HogeschoolRoles : [];
    }

    /// <summary>Refuses (403) a role outside what the caller may grant there, and any role at another hogeschool.</summary>
    public static void Check(ICurrentUser caller, Guid? institutionId, IEnumerable<string> roles)
    {
        var grantable = GrantableBy(caller, institutionId);
        if (grantable.Count == 0)
        {
            throw new ForbiddenException("Identity:OtherInstitution");
        }

        if (roles.Any(role => !grantable.Contains(role)))
        {
            throw new ForbiddenException("Identity:RoleNotGrantable");
        }
    }

    /// <summary>The hogeschool a staff change is about: the coordinator's own, or the one the administrator names.</summary>
    public static Guid? InstitutionFor(ICurrentUser caller, Guid? named) =>
        caller.IsInRole(Roles.Admin) ? named : caller.InstitutionId;
}
