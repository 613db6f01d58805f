using System.Text.Json;

namespace Minor.Platform.SharedKernel.Seeding;

/// <summary>Where the seed files are, and whether demo accounts and demo data belong in this environment.</summary>
public sealed record SeedContext(string SeedsFolder, bool IncludeDemoData)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> ReadAsync<T>(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(SeedsFolder, fileName);
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
               ?? throw new InvalidDataException($"Seed file {path} is empty.");
    }
}
