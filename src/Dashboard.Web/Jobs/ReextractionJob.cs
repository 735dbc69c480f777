using System.Threading.Channels;
using Dashboard.Data.Extraction;

namespace Dashboard.Web.Jobs;

/// <summary>
/// Runs re-extraction in the background, one run at a time. Asking for a run while one is going
/// queues exactly one more, so every curation change is applied by a run that started after it.
/// Pages read <see cref="Status"/> and listen to <see cref="Changed"/> to show progress.
/// </summary>
public sealed partial class ReextractionJob(Reextractor reextractor, ILogger<ReextractionJob> logger) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Raised whenever <see cref="Status"/> changes (from a background thread).</summary>
    public event Action? Changed;

    /// <summary>The current state of the job.</summary>
    public ReextractionStatus Status { get; private set; } = ReextractionStatus.Idle;

    /// <summary>Asks for a run; returns at once.</summary>
    public void Request()
    {
        _requests.Writer.TryWrite(true);
        Update(Status with { Queued = true });
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            Update(new ReextractionStatus(true, false, 0, 0, null, Status.LastFinished));
            try
            {
                await reextractor.RunAsync(new Progress<ReextractionProgress>(p => Update(Status with { Done = p.Done, Total = p.Total })), stoppingToken);
                Update(Status with { Running = false, LastFinished = DateTimeOffset.UtcNow });
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
                Update(Status with { Running = false, Error = exception.Message });
            }
        }
    }

    private void Update(ReextractionStatus status)
    {
        Status = status;
        Changed?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-extraction failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
