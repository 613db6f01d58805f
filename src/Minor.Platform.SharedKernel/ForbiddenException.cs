namespace Minor.Platform.SharedKernel;

/// <summary>
/// The caller may see the thing but not do this to it (grant a role they may not give, act at another hogeschool):
/// the API answers 403 problem details, a page shows the localised message as a form error.
/// </summary>
public sealed class ForbiddenException(string code) : BusinessRuleException(code);
