using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Minor.Platform.SharedKernel;
using Minor.Platform.SharedKernel.Localization;

namespace Minor.Platform.SharedKernel.Pages;

/// <summary>A page whose forms run a command and show its input and rule errors beside the fields, in the reader's language.</summary>
public abstract class FormPage : PageModel
{
    private IReadOnlyDictionary<string, string[]> _fieldErrors = new Dictionary<string, string[]>();

    public string? Error { get; private set; }

    /// <summary>The field a failed form was about, so the page can show its errors at the right row.</summary>
    public string? FailedFor { get; private set; }

    public string? FieldError(string field) => _fieldErrors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    public static string Grade(decimal? grade) => grade?.ToString("0.0", CultureInfo.CurrentCulture) ?? "–";

    public static string Weight(decimal weight) => weight.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>A file size as people read it: 812 kB, 3,4 MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} kB"
        : $"{(bytes / (1024m * 1024m)).ToString("0.0", CultureInfo.CurrentCulture)} MB";

    /// <summary>A deadline in Dutch time, the way the hogeschool announced it.</summary>
    public static string Date(DateTimeOffset? moment) =>
        moment is { } m ? DutchTime.ToLocal(m).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) : "–";

    /// <summary>A number as people type it: both "7,5" (Dutch) and "7.5"; null for empty or unreadable text.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public static string MarkText(decimal? grade, bool? passed, Func<string, string> text) =>
        passed is { } p ? text(p ? "Grade:Passed" : "Grade:Failed") : Grade(grade);

    /// <summary>Runs the command; true when it succeeded, otherwise the errors are kept for the page.</summary>
    protected async Task<bool> RunAsync(Func<Task> command, string? failedFor = null)
    {
        try
        {
            await command();
            return true;
        }
        catch (InputValidationException ex)
        {
            _fieldErrors = ex.Errors;
        }
        catch (BusinessRuleException ex)
        {
            Error = HttpContext.RequestServices.GetRequiredService<ErrorMessages>().For(ex.Code, ex.MessageArguments);
        }

        FailedFor = failedFor;
        return false;
    }
}
