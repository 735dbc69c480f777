using Dashboard.Data.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages.Admin;

/// <summary>Users and their roles, and the API keys of scripts: the admin's page, each action authorised again on the server.</summary>
public sealed partial class Administration : ComponentBase
{
    private IReadOnlyList<UserAccount> _users = [];
    private IReadOnlyList<ApiKey> _keys = [];
    private string _newName = "";
    private string _newPassword = "";
    private UserRole _newRole = UserRole.Viewer;
    private string _keyName = "";
    private string _keyScope = ApiKeys.IngestScope;
    private string? _madeKey;
    private bool _interactive;

    [Inject]
    private UserAccounts Users { get; set; } = default!;

    [Inject]
    private ApiKeys Keys { get; set; } = default!;

    [Inject]
    private Security.ActionAuthorization Access { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiText> Text { get; set; } = default!;

    /// <inheritdoc />
    protected override Task OnInitializedAsync() => LoadAsync();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // Only the interactive render gets here: what is typed from now on is received.
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    private string RoleName(UserRole role) => role switch
    {
        UserRole.Admin => Text["مدير"],
        UserRole.Editor => Text["محرر"],
        _ => Text["قارئ"],
    };

    private async Task LoadAsync()
    {
        _users = await Users.ListAsync();
        _keys = await Keys.ListAsync();
    }

    private Task AddUserAsync() => ActAsync(async () =>
    {
        await Users.AddAsync(_newName, _newPassword, _newRole);
        (_newName, _newPassword) = ("", "");
    }, "أضيف المستخدم");

    private Task SetRoleAsync(UserAccount user, UserRole role) => ActAsync(() => Users.SetRoleAsync(user.UserName, role), "تغير الدور");

    private Task UnlockAsync(UserAccount user) => ActAsync(() => Users.UnlockAsync(user.UserName), "فُتح الحساب");

    private Task RemoveAsync(UserAccount user) => ActAsync(() => Users.RemoveAsync(user.UserName), "حُذف المستخدم");

    private Task AddKeyAsync() => ActAsync(async () =>
    {
        (_, _madeKey) = await Keys.CreateAsync(_keyName, _keyScope);
        _keyName = "";
    }, "أُنشئ المفتاح");

    private Task RevokeAsync(ApiKey key) => ActAsync(() => Keys.RevokeAsync(key.Id), "أُبطل المفتاح");

    // Refusals (a taken name, a short password, the last admin) are shown as they are worded; nothing else is caught.
    private async Task ActAsync(Func<Task> action, string done)
    {
        try
        {
            await Access.EnsureAsync(Security.Policies.Administer);
            await action();
            Snackbar.Add(Text[done], Severity.Success);
        }
        catch (Exception refused) when (refused is UserAccountException or ArgumentException or UnauthorizedAccessException)
        {
            Snackbar.Add(refused.Message, Severity.Error);
        }

        await LoadAsync();
    }
}
