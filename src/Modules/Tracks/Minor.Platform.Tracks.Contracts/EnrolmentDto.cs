namespace Minor.Platform.Tracks.Contracts;

public sealed record EnrolmentDto(Guid CohortId, Guid StudentId, string TrackCode, DateTimeOffset EnrolledAt);
