namespace Minor.Platform.SharedKernel.Privacy;

/// <summary>
/// A module's part of a person's data export (AVG article 15 and 20): what it holds about them, as JSON-serialisable
/// records, and any files. Every module that stores personal data registers one.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The module's name; the export's file for it is named after it.</summary>
    string Module { get; }

    Task<PersonalData> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}

/// <summary>Who the export is for: the signed-in person's id and e-mail address (applications know only the latter).</summary>
public sealed record PersonalDataSubject(Guid UserId, string Email);

public sealed record PersonalData(object Records, IReadOnlyList<PersonalFile> Files)
{
    public static PersonalData Of(object records) => new(records, []);
}

/// <summary>A stored file that belongs in the export, by the blob it is stored as; the export streams it in.</summary>
public sealed record PersonalFile(string Name, string BlobKey);
