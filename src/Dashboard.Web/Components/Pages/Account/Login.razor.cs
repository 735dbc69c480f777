using Dashboard.Data.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages.Account;

/// <summary>The sign-in page: a form posted to <c>/account/login</c>, which comes back here with the reason when it fails.</summary>
public sealed partial class Login : ComponentBase
{
    private bool _noUsers;
    private bool _interactive;

    /// <summary>Why the last attempt failed: <see cref="Security.SignInError"/>.</summary>
    [SupplyParameterFromQuery(Name = "error")]
    public string? Error { get; set; }

    /// <summary>The page to go back to once signed in.</summary>
    [SupplyParameterFromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    [Inject]
    private UserAccounts Users { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UiText> Text { get; set; } = default!;

    private string? Message => Error switch
    {
        Security.SignInError.Failed => Text["اسم المستخدم أو كلمة المرور غير صحيحة."].Value,
        Security.SignInError.Locked => Text["أُوقف الدخول إلى هذا الحساب مؤقتا بعد محاولات خاطئة متكررة. حاول لاحقا أو اطلب من المدير فتحه."].Value,
        Security.SignInError.Expired => Text["انتهت صلاحية النموذج. أدخل بياناتك مرة أخرى."].Value,
        Security.SignInError.Throttled => Text["محاولات دخول كثيرة من هذا العنوان. انتظر دقيقة ثم حاول مجددا."].Value,
        _ => null,
    };

    /// <inheritdoc />
    protected override async Task OnInitializedAsync() => _noUsers = !await Users.AnyAsync();

    /// <inheritdoc />
    protected override void OnAfterRender(bool firstRender)
    {
        // The circuit replaces the prerendered form once it starts: what is typed from now on stays.
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }
}
