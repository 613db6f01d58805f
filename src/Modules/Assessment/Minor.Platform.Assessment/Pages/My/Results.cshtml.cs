using Microsoft.AspNetCore.Authorization;
using Minor.Platform.Assessment.Features.Progress;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.My;

/// <summary>The student's results: every module of the minor with its result and the next deadline.</summary>
[Authorize(Roles = Roles.Student)]
public sealed class ResultsModel(StudentProgress progress, TimeProvider time) : FormPage
{
    public IReadOnlyList<ModuleOverview> Modules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Modules = await progress.OverviewAsync(time.GetUtcNow(), cancellationToken);
}
