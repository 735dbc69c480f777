using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dashboard.E2E;

/// <summary>Signing in through the form, what each role sees, and the admin page adding a user.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SignInTests(BrowserFixture fixture) : ArabicPageTest(fixture)
{
    [Fact]
    public async Task AnEditorOpeningTheUploadPageSignsInThroughTheFormAndLandsBackOnIt()
    {
        await Page.GotoAsync("/upload");
        await Assertions.Expect(Page).ToHaveURLAsync(LoginForUpload());

        await FillSignInAsync("editor", DashboardServer.Password);

        await Assertions.Expect(Page).ToHaveURLAsync(UploadPage());
        await Assertions.Expect(Page.Locator("[data-role=user]")).ToHaveTextAsync("editor");
        await Assertions.Expect(Page.Locator("[data-role=upload]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AWrongPasswordBringsTheFormBackWithTheReason()
    {
        await Page.GotoAsync("/login");

        await FillSignInAsync("editor", "كلمة-سر-خاطئة-1");

        await Assertions.Expect(Page.Locator("[data-role=sign-in-error]")).ToContainTextAsync("اسم المستخدم أو كلمة المرور غير صحيحة");
        await Assertions.Expect(Page.Locator("[data-action=sign-in-link]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AViewerSeesNoEditingLinksAndIsToldSoOnAnEditingPage()
    {
        await BrowserFixture.SignInAsync(Context, "viewer");

        await Page.GotoAsync("/");
        await Assertions.Expect(Page.Locator("[data-role=user]")).ToHaveTextAsync("viewer");
        await Assertions.Expect(Page.Locator("nav a[href='/upload']")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.Locator("nav a[href='/admin']")).ToHaveCountAsync(0);

        await Page.GotoAsync("/upload");
        await Assertions.Expect(Page.Locator("[data-role=not-allowed]")).ToContainTextAsync("دورا أعلى");
        Assert.Equal(0, await Page.Locator("[data-role=upload]").CountAsync());
    }

    [Fact]
    public async Task AnAdminAddsAViewerWhoCanThenSignIn()
    {
        await BrowserFixture.SignInAsync(Context, "admin");
        await Page.GotoAsync("/admin");
        var add = Page.Locator("[data-action=add-user]");
        await Page.Locator("[data-role=administration][data-interactive=true]").WaitForAsync();
        await Assertions.Expect(Page.Locator("[data-role=users] tr[data-user=editor]")).ToBeVisibleAsync();

        await Page.Locator("input[data-role=new-user-name]").FillAsync("مراسل جديد");
        await Page.Locator("input[data-role=new-user-password]").FillAsync(DashboardServer.Password);
        await add.ClickAsync();
        await Assertions.Expect(Page.Locator("[data-role=users] tr[data-user='مراسل جديد']")).ToBeVisibleAsync();

        await using var reporter = await Fixture.NewArabicContextAsync();
        await BrowserFixture.SignInAsync(reporter, "مراسل جديد");
        var page = await reporter.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("[data-role=user]")).ToHaveTextAsync("مراسل جديد");
        await page.GotoAsync("/upload");
        await Assertions.Expect(page.Locator("[data-role=not-allowed]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SigningOutFromTheAppBarEndsTheSession()
    {
        await BrowserFixture.SignInAsync(Context, "editor");
        await Page.GotoAsync("/");
        // A click while the circuit swaps the prerendered app bar for its interactive one lands on a form that
        // is then detached, and the browser drops its submission; a drawn chart means the swap is over.
        await Page.Locator("[data-chart=volume][data-chart-ready=true]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        await Page.Locator("[data-action=sign-out]").ClickAsync();
        await Assertions.Expect(Page.Locator("[data-action=sign-in-link]")).ToBeVisibleAsync();

        await Page.GotoAsync("/upload");
        await Assertions.Expect(Page).ToHaveURLAsync(LoginForUpload());
    }

    private async Task FillSignInAsync(string userName, string password)
    {
        await Page.Locator("[data-role=sign-in][data-interactive=true]").WaitForAsync();
        await Page.Locator("[data-role=sign-in] input[name=UserName]").FillAsync(userName);
        await Page.Locator("[data-role=sign-in] input[name=Password]").FillAsync(password);
        await Page.Locator("[data-action=sign-in]").ClickAsync();
    }

    [GeneratedRegex(@"/login\?returnUrl=%2Fupload$")]
    private static partial Regex LoginForUpload();

    [GeneratedRegex(@"/upload$")]
    private static partial Regex UploadPage();
}
