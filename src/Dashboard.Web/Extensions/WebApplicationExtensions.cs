using Dashboard.Data;
using Dashboard.Web.Api;
using Dashboard.Web.Circuits;
using Dashboard.Web.Components;
using Dashboard.Web.Export;
using Dashboard.Web.Health;
using Dashboard.Web.Ingest;
using Dashboard.Web.Jobs;
using Dashboard.Web.Localization;
using Dashboard.Web.Security;
using Dashboard.Web.Startup;
using MudBlazor.Services;

namespace Dashboard.Web.Extensions;

/// <summary>Wires the web host: Blazor Server with MudBlazor, the data layer, start-up work and the JSON API.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Registers everything the dashboard needs.</summary>
    public static IHostApplicationBuilder AddDashboardWeb(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCircuitLimits(builder.Configuration);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddMudServices();
        builder.AddDashboardSecurity();
        builder.Services.AddDashboardData(builder.Configuration);
        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection(DemoDataOptions.Section));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.Configure<IngestSettings>(builder.Configuration.GetSection(IngestSettings.Section));
        builder.Services.AddHostedService<WatchedFolder>();
        builder.Services.AddHostedService<FeedPoller>();
        builder.Services.AddSingleton<ReextractionJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReextractionJob>());
        builder.Services.Configure<Live.LiveSettings>(builder.Configuration.GetSection(Live.LiveSettings.Section));
        builder.Services.AddSingleton<Live.ArticleArrivals>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Live.ArticleArrivals>());
        builder.Services.AddProblemDetails();
        builder.Services.AddDashboardHealthChecks();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Arabic news dashboard API";
            document.Info.Description = "The numbers behind every panel, with the same filters as the dashboard's URL.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>The request pipeline and the endpoints.</summary>
    public static WebApplication UseDashboardWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseDatabaseOutagePage();
        app.UseDashboardSecurity();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(Localization.UiCulture.Arabic),
            SupportedCultures = [.. Localization.UiCulture.Supported],
            SupportedUICultures = [.. Localization.UiCulture.Supported],
            // The choice is a cookie set by /culture; the browser's languages are not guessed from.
            RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider()],
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapAccountEndpoints();
        app.MapDashboardHealth();
        app.MapOpenApi();
        app.MapDashboardApi();
        app.MapDashboardExports();
        app.MapIngestEndpoint();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
