using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minor.Platform.Certificates.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Certificates.Pages.Certificates;

[Authorize(Roles = Roles.Student)]
public sealed class MineModel(ICertificateQueries queries, ICurrentUser currentUser) : PageModel
{
    public IReadOnlyList<CertificateSummaryDto> Certificates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await queries.ListOfStudentAsync(currentUser.UserId!.Value, cancellationToken);
}
