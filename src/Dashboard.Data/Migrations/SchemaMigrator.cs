using Dashboard.Data.Dialects;

namespace Dashboard.Data.Migrations;

/// <summary>Brings the schema up to date by running the numbered scripts under <c>sql/</c> that have not run yet.</summary>
public sealed class SchemaMigrator(ISqlDialect dialect)
{
    /// <summary>Runs the pending scripts; returns their names. Throws with the failing script's name on error.</summary>
    public IReadOnlyList<string> Migrate()
    {
        var result = dialect.MigrationEngine().PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript?.Name ?? "(unknown script)";
            throw new InvalidOperationException($"Migration {script} failed: {result.Error.Message}", result.Error);
        }

        return [.. result.Scripts.Select(s => s.Name)];
    }

    /// <summary>
    /// Runs the pending scripts, then brings derived data up to date that SQL alone cannot compute:
    /// the full-text terms of articles stored before the search index existed (or while a backfill
    /// was interrupted). Returns the scripts that ran.
    /// </summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = Migrate();
        await new Search.SearchIndex(dialect).BackfillAsync(cancellationToken);
        return applied;
    }

    /// <summary>The scripts that have not run yet.</summary>
    public IReadOnlyList<string> Pending() => [.. dialect.MigrationEngine().GetScriptsToExecute().Select(s => s.Name)];
}
