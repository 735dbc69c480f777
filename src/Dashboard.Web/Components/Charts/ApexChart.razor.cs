using Dashboard.Web.Components.Charts.Options;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Charts;

/// <summary>
/// An apexcharts chart. Created once after the first render; later parameter changes update the
/// series or the options in place instead of re-creating the chart. Exports run in the browser.
/// </summary>
public sealed partial class ApexChart : ComponentBase, IAsyncDisposable
{
    /// <summary>Path of the JS module, relative to the app's base.</summary>
    public const string ModulePath = "./lib/dashboard/apex-chart.js";

    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _chart;
    private DotNetObjectReference<ApexChart>? _self;
    // What the browser has been sent, drawn or still drawing. Set before the call, not after it: the page
    // often renders again while a chart draws, and a comparison with what had finished drawing sent the
    // same data again, so every chart drew two or three times per filter change.
    private ApexChartOptions? _sentOptions;
    private IReadOnlyList<ChartSeries>? _sentSeries;
    private bool _disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The chart's options; a new instance updates the chart's options.</summary>
    [Parameter, EditorRequired]
    public ApexChartOptions Options { get; set; } = new();

    /// <summary>The data; a new list updates the series without re-creating the chart.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ChartSeries> Series { get; set; } = [];

    /// <summary>A stable name for the chart, used in the DOM and in export file names.</summary>
    [Parameter]
    public string Name { get; set; } = "chart";

    /// <summary>Height in pixels, reserved before the chart draws so nothing jumps.</summary>
    [Parameter]
    public int Height { get; set; } = 350;

    /// <summary>What a screen reader announces for the chart.</summary>
    [Parameter]
    public string? AriaLabel { get; set; }

    /// <summary>Extra CSS classes on the chart's element.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>Raised when a bar or point is clicked; only then is the click wired in the browser.</summary>
    [Parameter]
    public EventCallback<ChartSelection> OnDataPointSelected { get; set; }

    /// <summary>Re-creates the chart from the current parameters.</summary>
    public async Task RenderAsync()
    {
        if (_module is null)
        {
            return;
        }

        await DestroyChartAsync();
        _self ??= DotNetObjectReference.Create(this);
        string[] events = OnDataPointSelected.HasDelegate ? ["dataPointSelection"] : [];
        // The parameters may change while the browser draws (a panel's data often arrives then): what
        // was drawn is remembered, and anything newer is applied once the chart exists.
        var drawnOptions = Options;
        var drawnSeries = Series;
        var options = drawnOptions with { Chart = (drawnOptions.Chart ?? new ChartSettings()) with { Height = Height } };
        _sentOptions = drawnOptions;
        _sentSeries = drawnSeries;
        _chart = await _module.InvokeAsync<IJSObjectReference>("create", _host, ChartSerializer.Serialize(options, drawnSeries), _self, events);
        if (!ReferenceEquals(Options, drawnOptions))
        {
            await UpdateOptionsAsync(Options);
        }

        if (!ReferenceEquals(Series, drawnSeries))
        {
            await UpdateSeriesAsync(Series);
        }
    }

    /// <summary>Replaces the series; the axes and options stay. Animates only when the chart's options allow it.</summary>
    public async Task UpdateSeriesAsync(IReadOnlyList<ChartSeries> series, bool? animate = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (_chart is null)
        {
            return;
        }

        _sentSeries = series;
        await _chart.InvokeVoidAsync("updateSeries", ChartSerializer.Serialize(series), animate ?? Animates);
    }

    /// <summary>Merges new options into the chart, with new <paramref name="series"/> in the same redraw when given.</summary>
    public async Task UpdateOptionsAsync(ApexChartOptions options, bool redraw = false, bool? animate = null, IReadOnlyList<ChartSeries>? series = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_chart is null)
        {
            return;
        }

        _sentOptions = options;
        _sentSeries = series ?? _sentSeries;
        await _chart.InvokeVoidAsync("updateOptions", ChartSerializer.Serialize(options, series), redraw, animate ?? Animates);
    }

    // A chart whose options turn animation off is not animated by an update either.
    private bool Animates => Options.Chart?.Animations?.Enabled ?? true;

    /// <summary>Downloads the chart as PNG in the browser; nothing large crosses the circuit.</summary>
    public async Task ExportPngAsync(string fileName)
    {
        if (_chart is not null)
        {
            await _chart.InvokeVoidAsync("exportPng", fileName);
        }
    }

    /// <summary>Downloads the chart as SVG in the browser.</summary>
    public async Task ExportSvgAsync(string fileName)
    {
        if (_chart is not null)
        {
            await _chart.InvokeVoidAsync("exportSvg", fileName);
        }
    }

    /// <summary>Called from the browser when a data point is clicked.</summary>
    [JSInvokable]
    public Task OnDataPointSelection(int seriesIndex, int dataPointIndex) =>
        OnDataPointSelected.InvokeAsync(new ChartSelection(seriesIndex, dataPointIndex));

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await RenderAsync();
            return;
        }

        // While the chart is being created, RenderAsync applies whatever arrived meanwhile once it exists.
        if (_chart is null)
        {
            return;
        }

        // New options and new data (a filter that changes the granularity) go in one call: one redraw, not two.
        if (!ReferenceEquals(Options, _sentOptions))
        {
            await UpdateOptionsAsync(Options, series: ReferenceEquals(Series, _sentSeries) ? null : Series);
        }
        else if (!ReferenceEquals(Series, _sentSeries))
        {
            await UpdateSeriesAsync(Series);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await DestroyChartAsync();
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and the chart with it.
        }

        _self?.Dispose();
    }

    private async Task DestroyChartAsync()
    {
        if (_chart is null)
        {
            return;
        }

        var chart = _chart;
        _chart = null;
        await chart.InvokeVoidAsync("destroy");
        await chart.DisposeAsync();
    }
}
