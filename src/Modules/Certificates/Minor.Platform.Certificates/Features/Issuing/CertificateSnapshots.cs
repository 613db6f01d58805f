using System.Text.Json;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;
using Minor.Platform.Tracks.Contracts;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>
/// Takes the snapshot a certificate states from the modules that own the facts. Modules, their titles and EC come from
/// the curriculum version the student's cohort follows, not from the newest one: a later version may rename or drop a
/// module that the student passed.
/// </summary>
public sealed class CertificateSnapshots(
    IIdentityQueries identity, ICurriculumQueries curriculum, IAssessmentQueries assessment, ITracksQueries tracks, TimeProvider time)
{
    public async Task<CertificateSnapshot> ForModuleAsync(PassedModule passed, string language, CancellationToken cancellationToken)
    {
        var course = await CourseAsync(passed.CourseCode, await CurriculumVersionAsync(passed.StudentId, passed.CohortId, cancellationToken), cancellationToken);
        var (holder, institution, people) = await PeopleAsync(
            passed.InstitutionId, passed.ExaminerId is { } id ? [passed.StudentId, id] : [passed.StudentId], passed.StudentId, cancellationToken);
        var examiner = passed.ExaminerId is { } e && people.TryGetValue(e, out var person) ? person.FullName : null;
        return new CertificateSnapshot(ModuleTitle(course, language), course.Ec, passed.Grade, holder, institution, examiner, Today(), language);
    }

    public async Task<CertificateSnapshot> ForMinorAsync(
        Guid institutionId, Guid studentId, decimal totalEc, string language, CancellationToken cancellationToken)
    {
        var (holder, institution, _) = await PeopleAsync(institutionId, [studentId], studentId, cancellationToken);
        var coordinator = (await identity.ListPeopleInRoleAsync(institutionId, Roles.Coordinator, cancellationToken)).FirstOrDefault();
        return new CertificateSnapshot(MinorTitle(language), totalEc, null, holder, institution, coordinator?.FullName, Today(), language);
    }

    /// <summary>Every module of the curriculum with the student's result or code (VR, V, NV), if any; EC counts passed and exempted modules.</summary>
    public async Task<CertificateSnapshot> ForTranscriptAsync(Guid institutionId, Guid studentId, string language, CancellationToken cancellationToken)
    {
        var courses = await CurriculumVersionAsync(studentId, null, cancellationToken) is { } version
            ? await curriculum.ListCoursesAsync(version, cancellationToken)
            : await curriculum.ListCoursesAsync(cancellationToken);
        var results = (await assessment.ListResultsOfStudentAsync(studentId, cancellationToken))
            .GroupBy(r => r.CourseCode).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.PublishedAt).First());
        var lines = courses.Select(c => results.TryGetValue(c.Code, out var r)
                ? new TranscriptLine(
                    c.Code, language == "en" ? c.TitleEn : c.Title, c.Ec, r.Grade, r.Passed || r.Code == ModuleResultCodes.Exempt, DateOnly.FromDateTime(r.PublishedAt.UtcDateTime), r.Code)
                : new TranscriptLine(c.Code, language == "en" ? c.TitleEn : c.Title, c.Ec, null, false, null))
            .ToList();
        var (holder, institution, _) = await PeopleAsync(institutionId, [studentId], studentId, cancellationToken);
        var title = language == "en" ? "Transcript" : "Cijferlijst";
        return new CertificateSnapshot(title, lines.Where(l => l.Passed).Sum(l => l.Ec), null, holder, institution, null, Today(),
            language, JsonSerializer.Serialize(lines));
    }

    /// <summary>
    /// A reissue states the same achievement under the holder's current name, dated today, in the language asked for
    /// (English on request) or the one it had.
    /// </summary>
    public async Task<CertificateSnapshot> RefreshAsync(Certificate certificate, string? language, CancellationToken cancellationToken)
    {
        var chosen = language is "nl" or "en" ? language : certificate.Language;
        if (certificate.Kind == CertificateKind.Transcript)
        {
            return await ForTranscriptAsync(certificate.InstitutionId, certificate.StudentId, chosen, cancellationToken);
        }

        var title = certificate.Title;
        if (chosen != certificate.Language)
        {
            title = certificate.Kind == CertificateKind.Minor
                ? MinorTitle(chosen)
                : ModuleTitle(await CourseAsync(
                    certificate.SubjectKey, await CurriculumVersionAsync(certificate.StudentId, null, cancellationToken), cancellationToken), chosen);
        }

        var (holder, institution, _) = await PeopleAsync(certificate.InstitutionId, [certificate.StudentId], certificate.StudentId, cancellationToken);
        return certificate.Snapshot with { HolderName = holder, InstitutionName = institution, IssuedOn = Today(), Title = title, Language = chosen };
    }

    /// <summary>
    /// The curriculum version the student followed: that of the result's cohort, or else of the student's latest
    /// enrolment; null (the newest version) for someone without a cohort.
    /// </summary>
    private async Task<int?> CurriculumVersionAsync(Guid studentId, Guid? cohortId, CancellationToken cancellationToken)
    {
        var cohort = cohortId ?? (await tracks.ListEnrolmentsOfStudentForProcessingAsync(studentId, cancellationToken))
            .OrderByDescending(e => e.EnrolledAt).Select(e => (Guid?)e.CohortId).FirstOrDefault();
        return cohort is { } id ? (await tracks.GetCohortForProcessingAsync(id, cancellationToken))?.CurriculumVersion : null;
    }

    private async Task<CourseDto> CourseAsync(string code, int? version, CancellationToken cancellationToken) =>
        (version is { } v ? await curriculum.FindCourseAsync(code, v, cancellationToken) : await curriculum.FindCourseAsync(code, cancellationToken))
        ?? throw new InvalidOperationException($"Module {code} is not in curriculum version {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(newest)"}.");

    private static string ModuleTitle(CourseDto course, string language) =>
        $"{course.Code} {(language == "en" ? course.TitleEn : course.Title)}";

    private static string MinorTitle(string language) =>
        language == "en" ? "Minor Community Development" : "Minor Samenlevingsopbouw";

    private async Task<(string Holder, string Institution, IReadOnlyDictionary<Guid, PersonDto> People)> PeopleAsync(
        Guid institutionId, Guid[] ids, Guid studentId, CancellationToken cancellationToken)
    {
        var institution = await identity.GetInstitutionAsync(institutionId, cancellationToken)
                          ?? throw new InvalidOperationException($"Institution {institutionId} does not exist.");
        var people = await identity.GetPeopleAsync(ids, cancellationToken);
        return (people[studentId].FullName, institution.Name, people);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
