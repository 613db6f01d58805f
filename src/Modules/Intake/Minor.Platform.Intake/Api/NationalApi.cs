using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Intake.Features.National;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Http;

namespace Minor.Platform.Intake.Api;

/// <summary>Sociaal Werk Nederland's figures: aggregates only, for the NationalAnalyst role and the swn-reporting client.</summary>
public static class NationalApi
{
    public static IEndpointRouteBuilder MapNationalApi(this IEndpointRouteBuilder api)
    {
        var national = api.MapGroup("/national").WithTags("National").RequireApiRoles(Roles.NationalAnalyst);
        national.MapGet("/intake", async (string? period, string? groupBy, NationalFigures figures, CancellationToken ct) =>
            TypedResults.Ok(NationalIntakeResponse.From(await figures.ForPeriodAsync(period, groupBy, ct))));
        national.MapGet("/intake.csv", async (string? period, string? groupBy, NationalFigures figures, IStringLocalizer<IntakeResource> localizer, CancellationToken ct) =>
        {
            var view = await figures.ForPeriodAsync(period, groupBy, ct);
            return TypedResults.File(NationalExport.Csv(view, figures.Threshold, localizer), TableExport.CsvContentType, $"landelijke-instroom-{view.Period}-{view.GroupBy}.csv");
        });
        national.MapGet("/intake/periods", async (NationalFigures figures, CancellationToken ct) =>
            TypedResults.Ok((await figures.TimeSeriesAsync(ct)).Select(p => new NationalPeriodResponse(p.Period, NationalIntakeCell.From(p.Figures)))));
        return api;
    }
}

public sealed record NationalIntakeCell(string Key, long? Applications, long? Admitted, long? Started, long? Completed, long? DroppedOut)
{
    public static NationalIntakeCell From(NationalCell cell) =>
        new(cell.Key, cell.Applications, cell.Admitted, cell.Started, cell.Completed, cell.DroppedOut);
}

/// <summary>The published shape: <c>{period, groupBy, cells:[{key, applications, admitted, started, completed, droppedOut}], suppressed}</c>.</summary>
public sealed record NationalIntakeResponse(int Period, string GroupBy, IReadOnlyList<NationalIntakeCell> Cells, bool Suppressed)
{
    public static NationalIntakeResponse From(NationalFiguresView view) =>
        new(view.Period, view.GroupBy, view.Cells.Select(NationalIntakeCell.From).ToList(), view.Suppressed);
}

public sealed record NationalPeriodResponse(int Period, NationalIntakeCell Figures);
