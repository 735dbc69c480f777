using Dashboard.Data.Sources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Outlets;

/// <summary>Editing outlets: the name shown, the names and web addresses that lead to each, and merging two that are one.</summary>
public sealed partial class Outlets : ComponentBase
{
    private IReadOnlyList<Outlet> _outlets = [];
    private Outlet? _selected;
    private string _rename = "";
    private string _alias = "";
    private string? _mergeInto;
    private bool _loading = true;
    private bool _interactive;

    [Inject]
    private Security.ActionAuthorization Access { get; set; } = default!;

    [Inject]
    private SourceCatalog Catalog { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => LoadAsync();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            // Tests and users can tell when clicks start to count.
            _interactive = true;
            StateHasChanged();
        }
    }

    private async Task LoadAsync()
    {
        _loading = true;
        _outlets = [.. (await Catalog.ListAsync()).Select(o => new Outlet(o.Id, o.Name, o.Articles, o.Aliases))];
        _selected = _selected is { } current ? _outlets.FirstOrDefault(o => o.Id == current.Id) : null;
        _loading = false;
    }

    private void Select(Outlet outlet)
    {
        _selected = outlet;
        _rename = outlet.Name;
        _alias = "";
        _mergeInto = null;
    }

    private Task RenameAsync() => ChangeAsync(name => Catalog.RenameAsync(name, _rename), "تغير اسم العرض");

    private Task AddAliasAsync() => ChangeAsync(name => Catalog.AddAliasAsync(name, _alias), "أضيف الاسم البديل");

    private Task MergeAsync() => ChangeAsync(name => Catalog.MergeAsync(name, _mergeInto!), "دُمج المصدران");

    // Every change is one transaction in the catalogue; a refusal (an unknown or the same outlet) is shown, not thrown.
    private async Task ChangeAsync(Func<string, Task> change, string done)
    {
        if (_selected is not { } outlet)
        {
            return;
        }

        try
        {
            await Access.EnsureAsync(Security.Policies.Edit);
            await change(outlet.Name);
            Snackbar.Add(L[done], Severity.Success);
            if (done == "دُمج المصدران")
            {
                _selected = null;
            }

            _alias = "";
            await LoadAsync();
        }
        catch (Exception error) when (error is ArgumentException or KeyNotFoundException or System.Data.Common.DbException or UnauthorizedAccessException)
        {
            Snackbar.Add(L["تعذر التغيير: {0}", error.Message], Severity.Error);
        }
    }
}
