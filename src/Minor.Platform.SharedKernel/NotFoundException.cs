namespace Minor.Platform.SharedKernel;

/// <summary>The thing asked for does not exist, or the caller may not know that it does: both answer 404.</summary>
public class NotFoundException(string what) : Exception(what);
