namespace Minor.Platform.Tracks.Localization;

/// <summary>Marker for the Tracks module's texts.</summary>
public sealed class TracksResource;
