using Dashboard.Data.Queries;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Export;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Panels;

/// <summary>The image export buttons of a panel's chart.</summary>
public sealed partial class ChartExportButtons : ComponentBase
{
    /// <summary>
    /// The chart, read when a button is pressed: a component reference exists only after the panel's
    /// first render, so it is passed as a getter rather than a value.
    /// </summary>
    [Parameter, EditorRequired]
    public Func<ApexChart?> Chart { get; set; } = () => null;

    /// <summary>The file name's first part, such as volume or actors-person.</summary>
    [Parameter, EditorRequired]
    public string Panel { get; set; } = "";

    /// <summary>The panel's filter, for the file name's range.</summary>
    [Parameter, EditorRequired]
    public ArticleFilter Filter { get; set; } = ArticleFilter.All;

    /// <summary>Off while the chart is empty.</summary>
    [Parameter]
    public bool Disabled { get; set; }

    private Task ExportPngAsync() => Chart()?.ExportPngAsync(ExportFileName.For(Panel, Filter, "png")) ?? Task.CompletedTask;

    private Task ExportSvgAsync() => Chart()?.ExportSvgAsync(ExportFileName.For(Panel, Filter, "svg")) ?? Task.CompletedTask;
}
