using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Layout;

/// <summary>The frame of every page: right to left, the app bar, and the light or dark theme.</summary>
public sealed partial class MainLayout : LayoutComponentBase, IAsyncDisposable
{
    /// <summary>The browser module that remembers the theme and restyles the charts.</summary>
    public const string ThemeModulePath = "./lib/dashboard/theme.js";

    private IJSObjectReference? _theme;
    private bool _dark;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // The other language, coming back to this very page (its query string included).
    private string LanguageSwitch =>
        $"/culture?name={(Localization.UiCulture.IsRightToLeft ? Localization.UiCulture.English.Name : Localization.UiCulture.Arabic.Name)}&redirect={Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri))}";

    // Back to this very page once signed in (the sign-in page itself goes home).
    private string SignInAddress
    {
        get
        {
            var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            return here.StartsWith("/login", StringComparison.Ordinal) ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(here)}";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_theme is not null)
        {
            try
            {
                await _theme.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the module with it.
            }
        }
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // The choice lives in the browser: known only once the page is interactive.
        _theme = await JS.InvokeAsync<IJSObjectReference>("import", ThemeModulePath);
        var mode = await _theme.InvokeAsync<string>("initial");
        await _theme.InvokeVoidAsync("apply", mode, false);
        if (mode == "dark")
        {
            _dark = true;
            StateHasChanged();
        }
    }

    // A circuit keeps the culture it started with: the switch reloads the page through /culture.
    private void SwitchLanguage() => Navigation.NavigateTo(LanguageSwitch, forceLoad: true);

    private async Task ToggleThemeAsync()
    {
        _dark = !_dark;
        if (_theme is not null)
        {
            await _theme.InvokeVoidAsync("apply", _dark ? "dark" : "light", true);
        }
    }
}
