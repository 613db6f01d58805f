using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Files;
using Minor.Platform.SharedKernel.Pages;
using Minor.Platform.SharedKernel.Tenancy;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.Tracks.Features.Exemptions;
using Minor.Platform.Tracks.Features.StudyPlans;
using Minor.Platform.Tracks.Localization;

namespace Minor.Platform.Tracks.Pages.My;

/// <summary>The student's study plan, and where a lateral entrant asks for exemptions with evidence.</summary>
[Authorize(Roles = Roles.Student)]
[RequestSizeLimit(ExemptionRequests.MaxRequestBytes)]
public sealed class StudyPlanModel(
    StudyPlans plans, ExemptionRequests requests, ITracksQueries tracks, ICurrentUser currentUser, IStringLocalizer<TracksResource> localizer) : FormPage
{
    public StudyPlanView Plan { get; private set; } = null!;

    public TrackDto? Track { get; private set; }

    public IReadOnlyList<CourseDto> Requestable { get; private set; } = [];

    public IReadOnlyList<ExemptionRequestView> Requests { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRequestAsync(
        string? moduleCode, List<string>? learningOutcomeCodes, string? motivation, List<IFormFile>? files, CancellationToken cancellationToken)
    {
        if (await RunAsync(() => requests.SubmitAsync(moduleCode, learningOutcomeCodes, motivation, FileUploads.From(files ?? []), cancellationToken), moduleCode))
        {
            Message = localizer["Request:Sent", moduleCode ?? ""];
            return RedirectToPage();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var studentId = currentUser.UserId!.Value;
        Plan = await plans.GetAsync(studentId, cancellationToken);
        Track = await tracks.FindTrackAsync(Plan.TrackCode, cancellationToken);
        Requestable = await requests.RequestableAsync(studentId, cancellationToken);
        Requests = await requests.ListMineAsync(cancellationToken);
    }
}
