using System.Data.Common;
using Dapper;
using Dashboard.Core.Search;
using Dashboard.Data.Dialects;
using Dashboard.Data.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Data.Copying;

/// <summary>
/// Moves an embedded deployment to the server engine: every table of a SQLite database into an empty
/// PostgreSQL database with the same schema version, in one transaction (a failure leaves the target empty),
/// through COPY. Ids are kept, so links between rows, curation and the API's ids survive; the identity
/// sequences then continue after the highest copied id. The aggregates come as they are: they were exact
/// in the source and every row they count comes with them, so the triggers that keep them on PostgreSQL are
/// off while the rows arrive (they would count every row a second time). The search index is built on the
/// target from the copied articles, in the same transaction, because SQLite's index keeps no text to copy.
/// </summary>
public sealed class SqliteToPostgresCopy(SqliteDialect source, PostgresDialect target)
{
    private const int ReportEvery = 20_000;
    private const int SearchBatch = 2_000;
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromHours(2);

    // DbUp's journal of each engine, filled by each engine's own migration, and the search index (see above).
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase) { "schemaversions", "article_search" };

    /// <summary>Copies every table; returns each with its row count, in the order they were copied.</summary>
    public async Task<IReadOnlyList<CopiedTable>> CopyAsync(IProgress<CopiedTable>? progress = null, CancellationToken cancellationToken = default)
    {
        new SchemaMigrator(source).Migrate();
        new SchemaMigrator(target).Migrate();
        var copied = new List<CopiedTable>();
        await using (var into = (NpgsqlConnection)await target.OpenForWritingAsync(cancellationToken))
        {
            var already = await into.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", cancellationToken: cancellationToken));
            if (already > 0)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL database {into.Database} already holds {already:N0} articles; copy into a new, empty database.");
            }

            // The SQLite times are UTC text without an offset; the server reads such text in the session's zone.
            await into.ExecuteAsync(new CommandDefinition("SET TIME ZONE 'UTC'", cancellationToken: cancellationToken));
            await using var transaction = await into.BeginTransactionAsync(cancellationToken);
            await using var reading = (SqliteConnection)await source.OpenAsync(cancellationToken);
            // One deferred read transaction: every table is read from the same snapshot, even if something writes
            // to the file meanwhile (WAL keeps the snapshot for the reader), and no writer is locked out.
            await using var from = reading.BeginTransaction(deferred: true);
            var tables = await TablesInCopyOrderAsync(into, cancellationToken);
            await SetTriggersAsync(into, tables, "DISABLE", cancellationToken);
            foreach (var table in tables)
            {
                copied.Add(await CopyTableAsync(from, into, table, progress, cancellationToken));
            }

            await SetTriggersAsync(into, tables, "ENABLE", cancellationToken);
            var articles = copied.Single(t => t.Table == "articles").Rows;
            copied.Add(await CopySearchTermsAsync(from, into, articles, progress, cancellationToken));

            await ContinueIdentitiesAsync(into, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The planner's statistics for the new rows. Text stated: Dapper takes a statement without a space for the
        // name of a stored procedure.
        await using (var statistics = await target.OpenAsync(cancellationToken))
        {
            await statistics.ExecuteAsync(new CommandDefinition("ANALYZE", commandTimeout: 0, commandType: System.Data.CommandType.Text, cancellationToken: cancellationToken));
        }

        return copied;
    }

    // Every table of the target, parents before the tables whose foreign keys point at them.
    private static async Task<IReadOnlyList<string>> TablesInCopyOrderAsync(NpgsqlConnection into, CancellationToken cancellationToken)
    {
        var tables = (await into.QueryAsync<string>(new CommandDefinition(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
            cancellationToken: cancellationToken))).Where(t => !NotCopied.Contains(t)).ToList();
        var parents = (await into.QueryAsync<(string Child, string Parent)>(new CommandDefinition(
            """
            SELECT child.relname, parent.relname
            FROM pg_constraint c
            JOIN pg_class child ON child.oid = c.conrelid
            JOIN pg_class parent ON parent.oid = c.confrelid
            JOIN pg_namespace n ON n.oid = child.relnamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema()
            """,
            cancellationToken: cancellationToken)))
            .Where(link => link.Child != link.Parent) // a table that points at itself is checked at the end of its COPY
            .ToLookup(link => link.Child, link => link.Parent);

        var ordered = new List<string>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        void Place(string table, int depth)
        {
            if (placed.Contains(table))
            {
                return;
            }

            if (depth > tables.Count)
            {
                throw new InvalidOperationException($"The foreign keys of {table} form a cycle; it cannot be copied table by table.");
            }

            foreach (var parent in parents[table])
            {
                Place(parent, depth + 1);
            }

            placed.Add(table);
            ordered.Add(table);
        }

        foreach (var table in tables)
        {
            Place(table, 0);
        }

        return ordered;
    }

    private static async Task<CopiedTable> CopyTableAsync(DbTransaction from, NpgsqlConnection into, string table, IProgress<CopiedTable>? progress, CancellationToken cancellationToken)
    {
        var columns = (await into.QueryAsync<string>(new CommandDefinition(
            """
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @Table AND is_generated = 'NEVER'
            ORDER BY ordinal_position
            """,
            new { Table = table }, cancellationToken: cancellationToken))).ToList();
        var list = string.Join(", ", columns);
        var total = await from.Connection!.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {table}", transaction: from, cancellationToken: cancellationToken));
        progress?.Report(new CopiedTable(table, 0, total));

        await using var command = ReadCommand(from, $"SELECT {list} FROM {table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0L;
        await using (var writer = await BeginImportAsync(into, $"COPY {table} ({list}) FROM STDIN", cancellationToken))
        {
            var fields = new string[columns.Count];
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = CopyText.Field(reader.GetValue(i));
                }

                await writer.WriteAsync(string.Join('\t', fields));
                await writer.WriteAsync('\n');
                if (++rows % ReportEvery == 0)
                {
                    progress?.Report(new CopiedTable(table, rows, total));
                }
            }
        }

        var done = new CopiedTable(table, rows, total);
        progress?.Report(done);
        return done;
    }

    // The search index from the copied articles' text, inside the copy's transaction. Article by article (the
    // search backfill's way) was on course for 40 minutes at a million articles on two cores, most of it the GIN index
    // taking each article's terms in turn: here the terms are computed on every core, sent by one COPY, turned
    // into vectors by one statement, and the index is built once over all of them.
    private static async Task<CopiedTable> CopySearchTermsAsync(DbTransaction from, NpgsqlConnection into, long total, IProgress<CopiedTable>? progress, CancellationToken cancellationToken)
    {
        const string table = "article_search";
        progress?.Report(new CopiedTable(table, 0, total));
        await into.ExecuteAsync(new CommandDefinition(
            "CREATE TEMPORARY TABLE copied_search_terms (article_id BIGINT NOT NULL, terms TEXT NOT NULL) ON COMMIT DROP", cancellationToken: cancellationToken));

        await using var command = ReadCommand(from, "SELECT id, title, body FROM articles");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0L;
        await using (var writer = await BeginImportAsync(into, "COPY copied_search_terms (article_id, terms) FROM STDIN", cancellationToken))
        {
            var batch = new List<(long Id, string Title, string Body)>(SearchBatch);
            var terms = new string[SearchBatch];
            var more = true;
            while (more)
            {
                batch.Clear();
                while (batch.Count < SearchBatch && (more = await reader.ReadAsync(cancellationToken)))
                {
                    batch.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }

                Parallel.For(0, batch.Count, i => terms[i] = SearchTerms.Index(batch[i].Title, batch[i].Body));
                for (var i = 0; i < batch.Count; i++)
                {
                    await writer.WriteAsync($"{batch[i].Id}\t{CopyText.Field(terms[i])}\n");
                }

                rows += batch.Count;
                progress?.Report(new CopiedTable(table, rows, total));
            }
        }

        var indexes = (await into.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = 'article_search'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """,
            cancellationToken: cancellationToken))).ToList();
        foreach (var (name, _) in indexes)
        {
            await into.ExecuteAsync(new CommandDefinition($"DROP INDEX {name}", cancellationToken: cancellationToken));
        }

        await into.ExecuteAsync(new CommandDefinition(
            $"INSERT INTO {table} (article_id, terms) SELECT article_id, to_tsvector('simple', terms) FROM copied_search_terms",
            commandTimeout: 0, cancellationToken: cancellationToken));
        // One sort in memory instead of many on disk for the index build; for this transaction only.
        await into.ExecuteAsync(new CommandDefinition("SET LOCAL maintenance_work_mem = '256MB'", cancellationToken: cancellationToken));
        foreach (var (_, definition) in indexes)
        {
            await into.ExecuteAsync(new CommandDefinition(definition, commandTimeout: 0, cancellationToken: cancellationToken));
        }

        var done = new CopiedTable(table, rows, total);
        progress?.Report(done);
        return done;
    }

    // A statement on the source's snapshot (Microsoft.Data.Sqlite wants the transaction named on each command).
    private static DbCommand ReadCommand(DbTransaction from, string sql)
    {
        var command = from.Connection!.CreateCommand();
        command.Transaction = from;
        command.CommandText = sql;
        return command;
    }

    private static async Task<TextWriter> BeginImportAsync(NpgsqlConnection into, string copy, CancellationToken cancellationToken)
    {
        var writer = await into.BeginTextImportAsync(copy, cancellationToken);
        // The end of a COPY checks every row's foreign keys, which takes minutes for millions of mentions;
        // the connection's usual 30 seconds would give up on a copy that is going well.
        ((NpgsqlCopyTextWriter)writer).Timeout = (int)CopyTimeout.TotalMilliseconds;
        return writer;
    }

    // USER leaves the foreign keys' own triggers alone: every copied row is still checked.
    private static async Task SetTriggersAsync(NpgsqlConnection into, IEnumerable<string> tables, string state, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            await into.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table} {state} TRIGGER USER", cancellationToken: cancellationToken));
        }
    }

    // Rows added after the copy get ids after the copied ones.
    private static async Task ContinueIdentitiesAsync(NpgsqlConnection into, CancellationToken cancellationToken)
    {
        var identities = await into.QueryAsync<(string Table, string Column)>(new CommandDefinition(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'",
            cancellationToken: cancellationToken));
        foreach (var (table, column) in identities)
        {
            await into.ExecuteAsync(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)",
                cancellationToken: cancellationToken));
        }
    }
}
