namespace Minor.Platform.Intake.Domain;

/// <summary>
/// Hides counts that could identify a person. A count from 1 to threshold − 1 is suppressed (primary); then, per
/// measure, more cells are suppressed (complementary) until no hidden count can be worked out from the column total
/// and the counts still shown: never a single hidden cell, and never hidden cells whose sum pins each of them down
/// (two hidden cells that add up to 2 are both 1). Zeros are shown: they say nobody, not who.
/// </summary>
public static class SmallCellSuppression
{
    public static IReadOnlyList<long?[]> Apply(IReadOnlyList<long[]> rows, int threshold)
    {
        var result = rows.Select(r => r.Select(v => (long?)v).ToArray()).ToList();
        if (rows.Count == 0)
        {
            return result;
        }

        for (var measure = 0; measure < rows[0].Length; measure++)
        {
            var hidden = new HashSet<int>(Enumerable.Range(0, rows.Count).Where(i => IsSmall(rows[i][measure], threshold)));
            while (hidden.Count > 0 && Derivable(hidden.Select(i => rows[i][measure]).ToList(), threshold))
            {
                var next = Enumerable.Range(0, rows.Count)
                    .Where(i => !hidden.Contains(i) && rows[i][measure] > 0)
                    .OrderBy(i => rows[i][measure]).ThenBy(i => i)
                    .Cast<int?>().FirstOrDefault();
                if (next is null)
                {
                    break;
                }

                hidden.Add(next.Value);
            }

            foreach (var i in hidden)
            {
                result[i][measure] = null;
            }
        }

        return result;
    }

    /// <summary>Whether a total of at least threshold must be shown as it is, or hidden as well.</summary>
    public static bool IsSmall(long count, int threshold) => count > 0 && count < threshold;

    /// <summary>
    /// Whether a reader who knows the rule can recover a hidden count of one column from the hidden cells' sum (the
    /// total minus what is shown). Each hidden count is at least 1; a reader who assumes they are all small (below the
    /// threshold) gets one possible value when the sum is too low or too high for any other split.
    /// </summary>
    private static bool Derivable(IReadOnlyList<long> hidden, int threshold)
    {
        long count = hidden.Count;
        var sum = hidden.Sum();
        if (count == 1 || sum == count)
        {
            return true;
        }

        var low = Math.Max(1, sum - ((count - 1) * (threshold - 1)));
        var high = Math.Min(threshold - 1, sum - (count - 1));
        return low == high;
    }
}
