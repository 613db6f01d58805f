using Minor.Platform.SharedKernel.Data;

namespace Minor.Platform.Tracks.Domain;

/// <summary>A route through the minor: regulier or one of the zij-instroom (lateral entry) tracks. National.</summary>
public sealed class Track : AuditedEntity
{
    private Track()
    {
    }

    public Track(string code, string name, string nameEn, string description, string descriptionEn)
    {
        Code = code.Trim().ToUpperInvariant();
        Describe(name, nameEn, description, descriptionEn);
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string DescriptionEn { get; private set; } = "";

    public TrackDefinition Definition { get; private set; } = TrackDefinition.Regular;

    public void Define(TrackDefinition definition) => Definition = definition;

    public void Describe(string name, string nameEn, string description, string descriptionEn)
    {
        Name = name;
        NameEn = nameEn;
        Description = description;
        DescriptionEn = descriptionEn;
    }
}
