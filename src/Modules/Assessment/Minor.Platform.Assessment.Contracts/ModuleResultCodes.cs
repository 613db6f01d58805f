namespace Minor.Platform.Assessment.Contracts;

/// <summary>The result codes a transcript shows where there is no grade, or beside a failed one.</summary>
public static class ModuleResultCodes
{
    /// <summary>Niet deelgenomen / not every component graded yet.</summary>
    public const string Missing = "ND";

    /// <summary>Niet voldaan: failed.</summary>
    public const string Failed = "NV";

    /// <summary>Voldaan: a pass/fail-only module passed.</summary>
    public const string Satisfied = "V";

    /// <summary>Vrijstelling: exempted; counts towards the EC like a pass.</summary>
    public const string Exempt = "VR";
}
