using Microsoft.EntityFrameworkCore;

namespace Minor.Platform.SharedKernel.Data;

public static class IdempotentSave
{
    /// <summary>
    /// Saves a record that a unique key allows once, when another delivery (an event handled twice, a safety-net job)
    /// may store the same record at the same moment. True when this call stored it; false when the other one did. On
    /// that race the context forgets its failed insert, so later saves in the same scope do not try it again; any
    /// other failure is rethrown.
    /// </summary>
    public static async Task<bool> SaveUnlessStoredMeanwhileAsync(
        this DbContext db, Func<CancellationToken, Task<bool>> storedMeanwhile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await storedMeanwhile(cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
