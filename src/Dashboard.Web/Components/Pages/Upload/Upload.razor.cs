using Dashboard.Data.Ingest;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Components.Pages.Upload;

/// <summary>Uploading article files: each is read as the command line would read it, with progress and the same result table.</summary>
public sealed partial class Upload : ComponentBase
{
    /// <summary>Largest file accepted.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 50;

    private IngestReport? _report;
    private bool _busy;
    private string _current = "";
    private int _done;
    private int _total;
    private string _folder = "";
    private bool _interactive;

    [Inject]
    private FileIngester Ingester { get; set; } = default!;

    [Inject]
    private ILogger<Upload> Logger { get; set; } = default!;

    [Inject]
    private Security.ActionAuthorization Access { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render gets here (not the prerender): a file chosen from now on is received.
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task OnFilesAsync(IReadOnlyList<IBrowserFile>? files)
    {
        if (files is not { Count: > 0 })
        {
            return;
        }

        await Access.EnsureAsync(Security.Policies.Edit);

        (_busy, _done, _total, _report) = (true, 0, files.Count, null);
        _folder = Directory.CreateTempSubdirectory("dashboard-upload-").FullName;
        var report = new IngestReport();
        try
        {
            foreach (var file in files)
            {
                _current = file.Name;
                StateHasChanged();

                // The browser's stream only reads asynchronously; a temporary copy lets archives be opened too.
                var path = Path.Combine(_folder, Path.GetFileName(file.Name));
                await using (var target = File.Create(path))
                await using (var source = file.OpenReadStream(MaxBytes))
                {
                    await source.CopyToAsync(target);
                }

                report.Add(await Ingester.IngestAsync([path], IngestOptions.Default));
                File.Delete(path);
                _done++;
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
            (_busy, _report) = (false, report);
            LogUploaded(Logger, files.Count, report.Read, report.Added, report.Duplicates, report.Rejected.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded {Files} file(s): read {Read}, added {Added}, duplicates {Duplicates}, rejected {Rejected}")]
    private static partial void LogUploaded(ILogger logger, int files, int read, int added, int duplicates, int rejected);

    private string Display(string file) => file.StartsWith(_folder, StringComparison.Ordinal) ? file[(_folder.Length + 1)..] : file;
}
