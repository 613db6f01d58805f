namespace Minor.Platform.Curriculum.Domain;

/// <summary>A leerresultaat of a module.</summary>
public sealed class LearningOutcome
{
    private LearningOutcome()
    {
    }

    internal LearningOutcome(string code, string description, string descriptionEn, int order)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        Description = description;
        DescriptionEn = descriptionEn;
        Order = order;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string DescriptionEn { get; private set; } = "";

    public int Order { get; private set; }
}
