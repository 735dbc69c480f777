using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages.Account;

/// <summary>What a refused page shows instead: sign in, or ask for a higher role.</summary>
public sealed partial class NotAllowed : ComponentBase
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // Back to this very page once signed in.
    private string SignInAddress => $"/login?returnUrl={Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri))}";
}
