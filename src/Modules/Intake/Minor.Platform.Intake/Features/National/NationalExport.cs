using System.Globalization;
using Microsoft.Extensions.Localization;
using Minor.Platform.Intake.Localization;
using Minor.Platform.SharedKernel.Files;

namespace Minor.Platform.Intake.Features.National;

/// <summary>The national figures as a spreadsheet: suppressed counts stay suppressed ("&lt;5").</summary>
public static class NationalExport
{
    public static byte[] Csv(NationalFiguresView view, int threshold, IStringLocalizer<IntakeResource> localizer)
    {
        string[] header =
        [
            localizer["National:GroupBy:" + view.GroupBy], localizer["National:Applications"], localizer["National:Admitted"],
            localizer["National:Started"], localizer["National:Completed"], localizer["National:DroppedOut"],
        ];
        var rows = view.Cells.Append(view.Total with { Label = localizer["National:Total"] })
            .Select(c => (IReadOnlyList<object?>)[c.Label, Count(c.Applications), Count(c.Admitted), Count(c.Started), Count(c.Completed), Count(c.DroppedOut)]);
        return TableExport.Csv(header, rows);

        string Count(long? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "<" + threshold.ToString(CultureInfo.InvariantCulture);
    }
}
