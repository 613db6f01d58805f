using System.Text.Json;
using Minor.Platform.Assessment.Contracts;
using Minor.Platform.Certificates.Domain;
using Minor.Platform.Curriculum.Contracts;
using Minor.Platform.Identity.Contracts;

namespace Minor.Platform.Certificates.Features.Issuing;

/// <summary>Takes the snapshot a certificate states from the modules that own the facts.</summary>
public sealed class CertificateSnapshots(
    IIdentityQueries identity, ICurriculumQueries curriculum, IAssessmentQueries assessment, TimeProvider time)
{
    public async Task<CertificateSnapshot> ForModuleAsync(
        Guid institutionId, Guid studentId, string courseCode, decimal? grade, Guid? examinerId, string language, CancellationToken cancellationToken)
    {
        var course = await curriculum.FindCourseAsync(courseCode, cancellationToken)
                     ?? throw new InvalidOperationException($"Module {courseCode} is not in the curriculum.");
        var (holder, institution, people) = await PeopleAsync(institutionId, examinerId is { } id ? [studentId, id] : [studentId], studentId, cancellationToken);
        var examiner = examinerId is { } e && people.TryGetValue(e, out var person) ? person.FullName : null;
        return new CertificateSnapshot(ModuleTitle(course, language), course.Ec, grade, holder, institution, examiner, Today(), language);
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
        var courses = await curriculum.ListCoursesAsync(cancellationToken);
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
                : ModuleTitle(await curriculum.FindCourseAsync(certificate.SubjectKey, cancellationToken)
                              ?? throw new InvalidOperationException($"Module {certificate.SubjectKey} is not in the curriculum."), chosen);
        }

        var (holder, institution, _) = await PeopleAsync(certificate.InstitutionId, [certificate.StudentId], certificate.StudentId, cancellationToken);
        return certificate.Snapshot with { HolderName = holder, InstitutionName = institution, IssuedOn = Today(), Title = title, Language = chosen };
    }

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
