using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Minor.Platform.Assessment.Features.Grading;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Tracks.Contracts;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Pages;

namespace Minor.Platform.Assessment.Pages.Assessment;

/// <summary>The examencommissie's grade log: every grade event of the hogeschool, newest first, per student if chosen.</summary>
[Authorize(Roles = Roles.ExamBoard)]
public sealed class AuditModel(GradingQueries queries, ITracksQueries tracks, IIdentityQueries identity) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? StudentId { get; set; }

    public IReadOnlyList<GradeAuditView> Entries { get; private set; } = [];

    public IReadOnlyList<PersonDto> Students { get; private set; } = [];

    public IReadOnlyDictionary<Guid, PersonDto> People { get; private set; } = new Dictionary<Guid, PersonDto>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var studentIds = new List<Guid>();
        foreach (var cohort in await tracks.ListCohortsAsync(cancellationToken))
        {
            studentIds.AddRange((await tracks.ListEnrolmentsAsync(cohort.Id, cancellationToken)).Select(e => e.StudentId));
        }

        People = await identity.GetPeopleAsync(studentIds.Distinct().ToList(), cancellationToken);
        Students = People.Values.OrderBy(p => DutchNames.SortKey(p.FirstName, p.LastName), StringComparer.Ordinal).ToList();
        Entries = await queries.AuditAsync(StudentId, cancellationToken);
    }
}
