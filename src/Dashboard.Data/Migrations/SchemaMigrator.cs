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

    /// <summary>The scripts that have not run yet.</summary>
    public IReadOnlyList<string> Pending() => [.. dialect.MigrationEngine().GetScriptsToExecute().Select(s => s.Name)];
}
