using Dashboard.Data.Queries;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Panels;

/// <summary>Exports of the whole dashboard as the user sees it: print to PDF, and a zip of every chart and its data.</summary>
public sealed partial class DashboardExportButtons : ComponentBase, IAsyncDisposable
{
    /// <summary>The browser module that builds the zip and opens the print dialog.</summary>
    public const string ModulePath = "./lib/dashboard/dashboard-export.js";

    private IJSObjectReference? _module;
    private bool _zipping;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The dashboard's filter, for the archive's name.</summary>
    [Parameter, EditorRequired]
    public ArticleFilter Filter { get; set; } = ArticleFilter.All;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the module with it.
            }
        }
    }

    private async Task<IJSObjectReference> ModuleAsync() => _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);

    private async Task PrintAsync() => await (await ModuleAsync()).InvokeVoidAsync("print");

    private async Task ZipAsync()
    {
        _zipping = true;
        try
        {
            var files = await (await ModuleAsync()).InvokeAsync<string[]>("downloadZip", ExportFileName.For("dashboard", Filter, "zip"));
            Snackbar.Add(L["نُزّل ملف مضغوط فيه {0} ملفا: الرسوم بصيغة SVG وبيانات كل لوحة بصيغة CSV.", files.Length], Severity.Success);
        }
        catch (JSException error)
        {
            Snackbar.Add(L["تعذر تحضير الملف المضغوط: {0}", error.Message], Severity.Error);
        }
        finally
        {
            _zipping = false;
        }
    }
}
