using System.IO.Compression;
using System.Text.Json;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Blobs;
using Minor.Platform.SharedKernel.Privacy;
using Minor.Platform.SharedKernel.Tenancy;

namespace Minor.Platform.Web.Infrastructure;

/// <summary>
/// Everything the platform holds about the signed-in person, as one ZIP: a JSON file per module and the files
/// (certificate PDFs) beside them. The modules each contribute through <see cref="IPersonalDataSource"/>.
/// </summary>
public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, IBlobStore blobs, ICurrentUser currentUser, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<Stream> CreateAsync(CancellationToken cancellationToken)
    {
        var email = http.HttpContext?.User.FindFirst(PlatformClaimTypes.Email)?.Value
                    ?? http.HttpContext?.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value;
        if (currentUser.UserId is not { } userId || email is null)
        {
            throw new NotFoundException("person");
        }

        var subject = new PersonalDataSubject(userId, email);
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var source in sources.OrderBy(s => s.Module, StringComparer.Ordinal))
            {
                var data = await source.CollectAsync(subject, cancellationToken);
                await using (var entry = zip.CreateEntry($"{source.Module}.json").Open())
                {
                    await JsonSerializer.SerializeAsync(entry, data.Records, Json, cancellationToken);
                }

                foreach (var attachment in data.Files)
                {
                    await using var content = await blobs.OpenReadAsync(attachment.BlobKey, cancellationToken);
                    if (content is null)
                    {
                        continue;
                    }

                    await using var entry = zip.CreateEntry($"files/{source.Module}/{attachment.Name}").Open();
                    await content.CopyToAsync(entry, cancellationToken);
                }
            }
        }

        file.Position = 0;
        return file;
    }
}
