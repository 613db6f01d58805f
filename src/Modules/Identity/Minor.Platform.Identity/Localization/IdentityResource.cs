namespace Minor.Platform.Identity.Localization;

/// <summary>Marker for the Identity module's texts (Localization/nl.json, en.json).</summary>
public sealed class IdentityResource;
