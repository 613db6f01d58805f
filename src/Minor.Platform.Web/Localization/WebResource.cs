namespace Minor.Platform.Web.Localization;

/// <summary>Marker for the host's own texts: layout, home, errors.</summary>
public sealed class WebResource;
