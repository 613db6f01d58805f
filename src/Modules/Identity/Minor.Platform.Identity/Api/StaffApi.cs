using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Identity.Features.Staff;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Identity.Api;

/// <summary>Staff of a hogeschool: invitations with roles, withdrawing a role, switching accounts off and on.</summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/staff", (ICurrentUser caller, StaffList staff, CancellationToken ct) =>
                staff.ListAsync(caller.InstitutionId ?? throw new NotFoundException("institution"), ct))
            .RequireApiRoles(Roles.Coordinator).WithTags("Identity");
        api.MapPost("/staff/invitations", async (InviteStaff invitation, InviteStaffHandler handler, CancellationToken ct) =>
            {
                var invited = await handler.HandleAsync(invitation, ct);
                return TypedResults.Created($"/api/v1/users/{invited.UserId}", invited);
            })
            .RequireApiRoles(Roles.Coordinator, Roles.Admin).WithTags("Identity");
        api.MapPost("/users/{id:guid}/roles/{role}/withdraw", async (Guid id, string role, ReasonRequest request, WithdrawRoleHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(new WithdrawRole(id, role, request.Reason), ct);
                return TypedResults.NoContent();
            })
            .RequireApiRoles(Roles.Coordinator, Roles.Admin).WithTags("Identity");
        api.MapPost("/users/{id:guid}/deactivate", (Guid id, HttpRequest request, SetAccountActiveHandler handler, CancellationToken ct) =>
                SetActiveAsync(id, false, request, handler, ct))
            .RequireApiRoles(Roles.Coordinator, Roles.Admin).WithTags("Identity");
        api.MapPost("/users/{id:guid}/reactivate", (Guid id, HttpRequest request, SetAccountActiveHandler handler, CancellationToken ct) =>
                SetActiveAsync(id, true, request, handler, ct))
            .RequireApiRoles(Roles.Coordinator, Roles.Admin).WithTags("Identity");
        return api;
    }

    /// <summary>The body (a reason) is optional, so a script may post nothing at all.</summary>
    private static async Task<IResult> SetActiveAsync(Guid id, bool active, HttpRequest request, SetAccountActiveHandler handler, CancellationToken cancellationToken)
    {
        var reason = request.HasJsonContentType() && request.ContentLength is > 0
            ? (await request.ReadFromJsonAsync<ReasonRequest>(cancellationToken))?.Reason
            : null;
        await handler.HandleAsync(new SetAccountActive(id, active, reason), cancellationToken);
        return TypedResults.NoContent();
    }
}

public sealed record ReasonRequest(string? Reason);
