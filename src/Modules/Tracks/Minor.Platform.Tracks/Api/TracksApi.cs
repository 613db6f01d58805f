using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Http;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Tracks.Api;

public static class TracksApi
{
    public static IEndpointRouteBuilder MapTracksApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/cohorts", ListCohortsAsync)
            .RequireApiRoles(Roles.Coordinator, Roles.Lecturer, Roles.Examiner, Roles.ExamBoard)
            .WithTags("Tracks");
        api.MapGet("/tracks", ListTracksAsync).AllowAnonymous().WithTags("Tracks");
        return api;
    }

    private static async Task<Ok<IEnumerable<CohortResponse>>> ListCohortsAsync(
        ITracksQueries tracks, IIdentityQueries identity, CancellationToken cancellationToken)
    {
        var cohorts = await tracks.ListCohortsAsync(cancellationToken);
        var institutions = (await identity.ListInstitutionsAsync(cancellationToken)).ToDictionary(i => i.Id, i => i.Code);
        return TypedResults.Ok(cohorts.Select(c => new CohortResponse(c.Id, c.Name, institutions.GetValueOrDefault(c.InstitutionId, ""), c.StartsOn)));
    }

    private static async Task<Ok<IReadOnlyList<TrackDto>>> ListTracksAsync(ITracksQueries tracks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tracks.ListTracksAsync(cancellationToken));
}

public sealed record CohortResponse(Guid Id, string Name, string InstitutionCode, DateOnly StartsOn);
