using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;

namespace Dashboard.Web.Components.Panels;

/// <summary>
/// A home panel that loads its data for the dashboard's filter. Blazor sets parameters on every render
/// of the page, so a panel reloads only when <see cref="LoadKey"/> changes.
/// </summary>
public abstract partial class FilteredPanel : ComponentBase
{
    private string? _loadedKey;
    private CancellationTokenSource? _load;

    [Inject]
    private ILoggerFactory LoggerFactory { get; set; } = default!;

    /// <summary>
    /// What went wrong when the panel's queries last failed (the database unreachable or busy), or null.
    /// The panel shows it with a retry button; the rest of the dashboard keeps working.
    /// </summary>
    protected string? LoadError { get; private set; }

    /// <summary>The dashboard's filter.</summary>
    [Parameter, EditorRequired]
    public ArticleFilter Filter { get; set; } = ArticleFilter.All;

    /// <summary>
    /// Grows when new articles arrive (the page cascades it): a new value reloads the panel even
    /// though the filter did not change.
    /// </summary>
    [CascadingParameter(Name = DataRevisionName)]
    public long DataRevision { get; set; }

    /// <summary>The name of the cascading value that carries <see cref="DataRevision"/>.</summary>
    public const string DataRevisionName = "DataRevision";

    /// <summary>True while the panel's queries run.</summary>
    protected bool Loading { get; private set; } = true;

    /// <summary>Everything the panel's data depends on: the filter, plus any setting of the panel's own.</summary>
    protected virtual string LoadKey => Filter.Key;

    private string CurrentKey => $"{LoadKey}|{DataRevision}";

    /// <summary>Runs the panel's queries for the current filter.</summary>
    protected abstract Task LoadAsync();

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (CurrentKey != _loadedKey)
        {
            await ReloadAsync();
        }
    }

    /// <summary>Loads again whatever the key: after a setting of the panel changed, or on retry.</summary>
    protected async Task ReloadAsync()
    {
        _loadedKey = CurrentKey;
        // A newer load supersedes one still running: the older one's results are dropped, not drawn over the newer.
        _load?.Cancel();
        var load = _load = new CancellationTokenSource();
        Loading = true;
        try
        {
            await LoadAsync();
            LoadError = null;
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            // Superseded by a newer load, which shows its own data.
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogLoadFailed(LoggerFactory.CreateLogger(GetType()), GetType().Name, error);
            LoadError = "تعذر تحميل بيانات هذه اللوحة. قد تكون قاعدة البيانات مشغولة أو غير متاحة.";
        }
        finally
        {
            if (ReferenceEquals(load, _load))
            {
                Loading = false;
            }
        }
    }

    /// <summary>
    /// Runs a panel's queries on the thread pool and returns on the circuit. SQLite answers "async" calls
    /// synchronously, so queries awaited on the circuit ran every panel's queries in one pass, and the
    /// browser had no chart to draw until the last panel had its data. Off the circuit, the panels query
    /// side by side, and each panel renders and sends its chart as soon as its own data is in, while the
    /// browser draws the charts that came first. Throws <see cref="OperationCanceledException"/> when a
    /// newer load has superseded this one, so its results are never assigned.
    /// </summary>
    protected async Task<T> QueryAsync<T>(Func<CancellationToken, Task<T>> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var token = _load?.Token ?? CancellationToken.None;
        var result = await Task.Run(() => queries(token), token);
        token.ThrowIfCancellationRequested();
        return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Panel} panel could not load its data")]
    private static partial void LogLoadFailed(ILogger logger, string panel, Exception error);
}
