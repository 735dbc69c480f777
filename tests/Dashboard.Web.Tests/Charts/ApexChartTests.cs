using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Web.Components.Charts;
using Dashboard.Web.Components.Charts.Options;

namespace Dashboard.Web.Tests.Charts;

public sealed class ApexChartTests : IDisposable
{
    private static readonly ApexChartOptions Options = new()
    {
        Chart = new ChartSettings { Type = "bar", Stacked = true, DefaultLocale = "ar" },
        Yaxis = new Axis { Opposite = true },
    };

    private static readonly IReadOnlyList<ChartSeries> Series =
        [new("راي اليوم", [new ChartPoint(1484784000000L, 3)]), new("الجزيرة نت", [new ChartPoint(1484784000000L, 5)])];

    private readonly BunitContext _context = new();
    private readonly BunitJSModuleInterop _module;
    private readonly BunitJSModuleInterop _chart;

    public ApexChartTests()
    {
        _module = _context.JSInterop.SetupModule(ApexChart.ModulePath);
        _chart = _module.SetupModule(invocation => invocation.Identifier == "create");
        _chart.Mode = JSRuntimeMode.Loose;
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public void TheChartIsCreatedOnceWithTheOptionsAndSeriesAsJson()
    {
        _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series).Add(c => c.Height, 300));

        var create = Assert.Single(_module.Invocations["create"]);
        using var json = JsonDocument.Parse((string)create.Arguments[1]!);
        var root = json.RootElement;
        Assert.Equal("bar", root.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal(300, root.GetProperty("chart").GetProperty("height").GetInt32());
        Assert.Equal("ar", root.GetProperty("chart").GetProperty("defaultLocale").GetString());
        Assert.True(root.GetProperty("yaxis").GetProperty("opposite").GetBoolean());
        Assert.Equal(["راي اليوم", "الجزيرة نت"], root.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(5, root.GetProperty("series")[1].GetProperty("data")[0].GetProperty("y").GetDouble());
    }

    [Fact]
    public void UnsetOptionsAreLeftOutSoTheLibraryDefaultsApply()
    {
        _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        var json = (string)_module.Invocations["create"][0].Arguments[1]!;
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("legend", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSeriesUpdateTheChartWithoutCreatingItAgain()
    {
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));
        IReadOnlyList<ChartSeries> next = [new("راي اليوم", [new ChartPoint(1484784000000L, 9)])];

        chart.Render(p => p.Add(c => c.Series, next));

        Assert.Single(_module.Invocations["create"]);
        var update = Assert.Single(_chart.Invocations["updateSeries"]);
        Assert.Contains("\"y\":9", (string)update.Arguments[0]!, StringComparison.Ordinal);
        Assert.Empty(_chart.Invocations["updateOptions"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AChartAnimatesItsUpdatesOnlyWhenItsOptionsAnimate(bool animates)
    {
        var options = Options with { Chart = Options.Chart! with { Animations = new Animations(animates) } };
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, options).Add(c => c.Series, Series));
        IReadOnlyList<ChartSeries> next = [new("رأي اليوم", [new ChartPoint(1484784000000L, 4)])];

        chart.Render(p => p.Add(c => c.Series, next));

        using var json = JsonDocument.Parse((string)_module.Invocations["create"][0].Arguments[1]!);
        var animations = json.RootElement.GetProperty("chart").GetProperty("animations");
        Assert.Equal(animates, animations.GetProperty("enabled").GetBoolean());
        Assert.Equal(animates, animations.GetProperty("dynamicAnimation").GetProperty("enabled").GetBoolean());
        Assert.Equal(animates, (bool)Assert.Single(_chart.Invocations["updateSeries"]).Arguments[1]!);
    }

    [Fact]
    public void HowManyCategoryLabelsToWriteAndTheirAngleReachTheBrowser()
    {
        var options = Options with { Xaxis = new Axis { Labels = new AxisLabels { MostShown = 12, Rotate = 0 } } };

        _context.Render<ApexChart>(p => p.Add(c => c.Options, options).Add(c => c.Series, Series));

        using var json = JsonDocument.Parse((string)_module.Invocations["create"][0].Arguments[1]!);
        var labels = json.RootElement.GetProperty("xaxis").GetProperty("labels");
        Assert.Equal(12, labels.GetProperty("mostShown").GetInt32());
        Assert.Equal(0, labels.GetProperty("rotate").GetInt32());
    }

    [Fact]
    public async Task SeriesThatArriveWhileTheChartIsBeingDrawnAreAppliedOnceItExists()
    {
        using var context = new BunitContext();
        var browser = new ControlledChartModule();
        context.Services.AddSingleton<Microsoft.JSInterop.IJSRuntime>(browser);
        var chart = context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, []));

        chart.Render(p => p.Add(c => c.Series, Series));
        await chart.InvokeAsync(browser.FinishCreate);

        var create = Assert.Single(browser.Calls, c => c.Identifier == "create");
        Assert.DoesNotContain("\"y\":5", (string)create.Arguments![1]!, StringComparison.Ordinal);
        var update = Assert.Single(browser.Chart.Calls, c => c.Identifier == "updateSeries");
        Assert.Contains("\"y\":5", (string)update.Arguments![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageThatRendersAgainWhileTheChartDrawsDoesNotSendTheSameDataTwice()
    {
        using var context = new BunitContext();
        var browser = new ControlledChartModule();
        context.Services.AddSingleton<Microsoft.JSInterop.IJSRuntime>(browser);
        var chart = context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, []));
        await chart.InvokeAsync(browser.FinishCreate);
        browser.Chart.StillDrawing = true;
        var wider = Options with { Legend = new Legend { HorizontalAlign = "right" } };

        chart.Render(p => p.Add(c => c.Series, Series));
        chart.Render(p => p.Add(c => c.Series, Series));
        chart.Render(p => p.Add(c => c.Options, wider).Add(c => c.Series, Series));
        chart.Render(p => p.Add(c => c.Options, wider).Add(c => c.Series, Series));

        Assert.Single(browser.Chart.Calls, c => c.Identifier == "updateSeries");
        Assert.Single(browser.Chart.Calls, c => c.Identifier == "updateOptions");
    }

    [Fact]
    public void NewOptionsAndNewDataTogetherRedrawOnceWithBoth()
    {
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        chart.Render(p => p.Add(c => c.Options, Options with { Legend = new Legend { HorizontalAlign = "right" } })
            .Add(c => c.Series, [new ChartSeries("سبق", [new ChartPoint("2017-01-20", 7)])]));

        var update = (string)Assert.Single(_chart.Invocations["updateOptions"]).Arguments[0]!;
        Assert.Contains("\"horizontalAlign\":\"right\"", update, StringComparison.Ordinal);
        Assert.Contains("\"y\":7", update, StringComparison.Ordinal);
        Assert.Empty(_chart.Invocations["updateSeries"]);
    }

    [Fact]
    public void NewOptionsUpdateTheOptionsOnly()
    {
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        chart.Render(p => p.Add(c => c.Options, Options with { Legend = new Legend { HorizontalAlign = "right" } }));

        Assert.Single(_module.Invocations["create"]);
        Assert.Contains("\"horizontalAlign\":\"right\"", (string)Assert.Single(_chart.Invocations["updateOptions"]).Arguments[0]!, StringComparison.Ordinal);
        Assert.Empty(_chart.Invocations["updateSeries"]);
    }

    [Fact]
    public void ClicksAreWiredOnlyWhenSubscribed()
    {
        _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));
        _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series).Add(c => c.OnDataPointSelected, _ => { }));

        var events = _module.Invocations["create"].Select(i => (string[])i.Arguments[3]!).ToList();
        Assert.Empty(events[0]);
        Assert.Equal(["dataPointSelection"], events[1]);
    }

    [Fact]
    public async Task AClickInTheBrowserReachesTheSubscriber()
    {
        ChartSelection? selected = null;
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series).Add(c => c.OnDataPointSelected, s => selected = s));

        await chart.InvokeAsync(() => chart.Instance.OnDataPointSelection(1, 4));

        Assert.Equal(new ChartSelection(1, 4), selected);
    }

    [Fact]
    public void TheElementIsLabelledAndReservesItsHeight()
    {
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series)
            .Add(c => c.Height, 360).Add(c => c.AriaLabel, "حجم النشر").Add(c => c.Name, "volume"));

        var element = chart.Find("div.apex-chart");
        Assert.Equal("img", element.GetAttribute("role"));
        Assert.Equal("حجم النشر", element.GetAttribute("aria-label"));
        Assert.Equal("volume", element.GetAttribute("data-chart"));
        Assert.Contains("min-height: 360px", element.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsRunInTheBrowserWithTheFileName()
    {
        var chart = _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        await chart.InvokeAsync(() => chart.Instance.ExportPngAsync("volume_2017-01-01_2017-01-31.png"));
        await chart.InvokeAsync(() => chart.Instance.ExportSvgAsync("volume.svg"));

        Assert.Equal("volume_2017-01-01_2017-01-31.png", Assert.Single(_chart.Invocations["exportPng"]).Arguments[0]);
        Assert.Equal("volume.svg", Assert.Single(_chart.Invocations["exportSvg"]).Arguments[0]);
    }

    [Fact]
    public async Task DisposingDestroysTheChart()
    {
        _context.Render<ApexChart>(p => p.Add(c => c.Options, Options).Add(c => c.Series, Series));

        await _context.DisposeComponentsAsync();

        Assert.Single(_chart.Invocations["destroy"]);
    }
}
