using Dashboard.Data.Curation;
using Dashboard.Web.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Actors;

/// <summary>Curation of actors: every change is stored at once and reaches all articles through a background re-extraction.</summary>
public sealed partial class Actors : ComponentBase, IDisposable
{
    private const int Listed = 200;

    private IReadOnlyList<ActorRecord> _actors = [];
    private ActorRecord? _selected;
    private string _kind = "";
    private string _search = "";
    private string _rename = "";
    private string _alias = "";
    private string _newKind = "person";
    private long _mergeInto;
    private bool _loading = true;
    private bool _interactive;

    [Inject]
    private Security.ActionAuthorization Access { get; set; } = default!;

    [Inject]
    private ActorCuration Curation { get; set; } = default!;

    [Inject]
    private ReextractionJob Job { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose() => Job.Changed -= OnJobChanged;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Job.Changed += OnJobChanged;
        await LoadAsync();
    }

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render gets here (not the prerender): rows can be clicked from now on.
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private string KindName(string kind) => kind switch
    {
        "person" => L["شخص"],
        "organization" => L["منظمة"],
        _ => L["مكان"],
    };

    private void OnJobChanged() => _ = InvokeAsync(StateHasChanged);

    private async Task LoadAsync()
    {
        _loading = true;
        _actors = await Curation.ListAsync(_kind.Length == 0 ? null : _kind, _search, Listed);
        if (_selected is not null)
        {
            _selected = _actors.FirstOrDefault(a => a.Id == _selected.Id);
        }

        _loading = false;
    }

    private async Task OnKindChangedAsync(string kind)
    {
        _kind = kind;
        await LoadAsync();
    }

    private async Task OnSearchChangedAsync(string search)
    {
        _search = search;
        await LoadAsync();
    }

    private void OnRowClick(TableRowClickEventArgs<ActorRecord> row)
    {
        _selected = row.Item;
        _rename = row.Item?.Canonical ?? "";
        _newKind = row.Item?.Kind ?? "person";
        _alias = "";
        _mergeInto = 0;
    }

    private Task RenameAsync() => ChangeAsync(id => Curation.RenameAsync(id, _rename), "تغير الاسم المعتمد");

    private Task SetKindAsync() => ChangeAsync(id => Curation.SetKindAsync(id, _newKind), "تغير النوع");

    private Task SetIgnoredAsync(bool ignored) => ChangeAsync(id => Curation.SetIgnoredAsync(id, ignored), ignored ? "أُخفي الفاعل" : "أُظهر الفاعل");

    private Task AddAliasAsync() => ChangeAsync(id => Curation.AddAliasAsync(id, _alias), "أضيف الاسم البديل");

    private Task RemoveAliasAsync(string alias) => ChangeAsync(id => Curation.RemoveAliasAsync(id, alias), "حُذف الاسم البديل");

    private Task MergeAsync() => ChangeAsync(id => Curation.MergeAsync(id, _mergeInto), "دُمج الفاعلان");

    private async Task ReextractAsync()
    {
        await Access.EnsureAsync(Security.Policies.Edit);
        Job.Request();
    }

    private async Task ChangeAsync(Func<long, Task> change, string done)
    {
        if (_selected is not { } actor)
        {
            return;
        }

        try
        {
            await Access.EnsureAsync(Security.Policies.Edit);
            await change(actor.Id);
            Job.Request();
            Snackbar.Add(L["{0}. سيُطبَّق على كل المقالات خلال إعادة الاستخراج.", L[done].Value], Severity.Success);
            _alias = "";
            await LoadAsync();
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or KeyNotFoundException or UnauthorizedAccessException)
        {
            Snackbar.Add(exception.Message, Severity.Error);
        }
    }
}
