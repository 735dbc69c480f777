using Dashboard.Data.Security;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Data.Tests.Security;

public sealed class UserAccountsTests : IDisposable
{
    private const string Password = "كلمة-سر-طويلة-2017";

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2017, 1, 19, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private UserAccounts Users => new(_database.Dialect, _clock, new LockoutPolicy(3, TimeSpan.FromMinutes(15)));

    [Theory]
    [InlineData("محرر الأخبار", UserRole.Editor)]
    [InlineData("Layla", UserRole.Viewer)]
    [InlineData("root", UserRole.Admin)]
    public async Task AnAddedUserSignsInWithTheRightPasswordAndKeepsTheRole(string name, UserRole role)
    {
        await Users.AddAsync(name, Password, role);

        var result = await Users.SignInAsync(name, Password);

        Assert.Equal(SignInStatus.Succeeded, result.Status);
        Assert.Equal(name, result.User!.UserName);
        Assert.Equal(role, result.User.Role);
    }

    [Theory]
    [InlineData("كلمة-سر-خاطئة")]
    [InlineData("")]
    [InlineData("' OR '1'='1")]
    public async Task AWrongPasswordFailsAndAnUnknownNameFailsTheSameWay(string wrong)
    {
        await Users.AddAsync("محرر", Password, UserRole.Editor);

        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", wrong)).Status);
        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("مجهول", Password)).Status);
        Assert.Null((await Users.SignInAsync("محرر", wrong)).User);
    }

    [Fact]
    public async Task NamesMatchWhateverTheirCaseAndSurroundingSpaces()
    {
        await Users.AddAsync("Layla", Password, UserRole.Viewer);

        Assert.Equal(SignInStatus.Succeeded, (await Users.SignInAsync("  layla ", Password)).Status);
        var taken = await Assert.ThrowsAsync<UserAccountException>(() => Users.AddAsync("LAYLA", Password, UserRole.Admin));
        Assert.Contains("LAYLA", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheUserEvenAgainstTheRightOneUntilTheLockEnds()
    {
        await Users.AddAsync("محرر", Password, UserRole.Editor);

        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", "خطأ-1")).Status);
        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", "خطأ-2")).Status);
        var locked = await Users.SignInAsync("محرر", "خطأ-3");
        Assert.Equal(SignInStatus.LockedOut, locked.Status);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15), locked.LockedUntil);

        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInStatus.LockedOut, (await Users.SignInAsync("محرر", Password)).Status);

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(SignInStatus.Succeeded, (await Users.SignInAsync("محرر", Password)).Status);
    }

    [Fact]
    public async Task ARightPasswordResetsTheCountOfWrongOnes()
    {
        await Users.AddAsync("محرر", Password, UserRole.Editor);

        await Users.SignInAsync("محرر", "خطأ-1");
        await Users.SignInAsync("محرر", "خطأ-2");
        await Users.SignInAsync("محرر", Password);
        await Users.SignInAsync("محرر", "خطأ-3");

        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", "خطأ-4")).Status);
    }

    [Fact]
    public async Task UnlockEndsALockOutAtOnce()
    {
        await Users.AddAsync("محرر", Password, UserRole.Editor);
        for (var i = 0; i < 3; i++)
        {
            await Users.SignInAsync("محرر", "خطأ");
        }

        await Users.UnlockAsync("محرر");

        Assert.Equal(SignInStatus.Succeeded, (await Users.SignInAsync("محرر", Password)).Status);
    }

    [Fact]
    public async Task OnlyASaltedHashIsStored()
    {
        await Users.AddAsync("أ", Password, UserRole.Viewer);
        await Users.AddAsync("ب", Password, UserRole.Viewer);

        await using var connection = await _database.Dialect.OpenAsync();
        var hashes = (await Dapper.SqlMapper.QueryAsync<string>(connection, "SELECT password_hash FROM users")).ToList();
        Assert.All(hashes, hash => Assert.DoesNotContain(Password, hash, StringComparison.Ordinal));
        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Theory]
    [InlineData("", "لا يمكن", "empty")]
    [InlineData("محرر", "قصيرة", "at least 10")]
    [InlineData("a\u0000b", "كلمة-سر-طويلة-2017", "control")]
    public async Task ABadNameOrShortPasswordIsRefusedSayingWhy(string name, string password, string expected)
    {
        var refused = await Assert.ThrowsAsync<UserAccountException>(() => Users.AddAsync(name, password, UserRole.Viewer));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await Users.ListAsync());
    }

    [Fact]
    public async Task ANewRoleOrPasswordChangesTheSecurityStampSoOlderSignInsEnd()
    {
        var added = await Users.AddAsync("محرر", Password, UserRole.Viewer);

        await Users.SetRoleAsync("محرر", UserRole.Editor);
        var promoted = (await Users.FindAsync(added.Id))!;
        await Users.SetPasswordAsync("محرر", "كلمة-سر-جديدة-2018");
        var renewed = (await Users.FindAsync(added.Id))!;

        Assert.Equal(UserRole.Editor, promoted.Role);
        Assert.NotEqual(added.SecurityStamp, promoted.SecurityStamp);
        Assert.NotEqual(promoted.SecurityStamp, renewed.SecurityStamp);
        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", Password)).Status);
        Assert.Equal(SignInStatus.Succeeded, (await Users.SignInAsync("محرر", "كلمة-سر-جديدة-2018")).Status);
    }

    [Fact]
    public async Task TheLastAdminCanBeNeitherDemotedNorRemoved()
    {
        await Users.AddAsync("root", Password, UserRole.Admin);

        Assert.Contains("last admin", (await Assert.ThrowsAsync<UserAccountException>(() => Users.SetRoleAsync("root", UserRole.Viewer))).Message, StringComparison.Ordinal);
        Assert.Contains("last admin", (await Assert.ThrowsAsync<UserAccountException>(() => Users.RemoveAsync("root"))).Message, StringComparison.Ordinal);

        await Users.AddAsync("second", Password, UserRole.Admin);
        await Users.RemoveAsync("root");
        Assert.Equal("second", Assert.Single(await Users.ListAsync()).UserName);
    }

    [Fact]
    public async Task ARemovedUserIsGoneAndCannotSignIn()
    {
        var added = await Users.AddAsync("محرر", Password, UserRole.Editor);

        await Users.RemoveAsync("محرر");

        Assert.Null(await Users.FindAsync(added.Id));
        Assert.Equal(SignInStatus.Failed, (await Users.SignInAsync("محرر", Password)).Status);
        Assert.Contains("no user", (await Assert.ThrowsAsync<UserAccountException>(() => Users.RemoveAsync("محرر"))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", UserRole.Viewer)]
    [InlineData("Editor", UserRole.Editor)]
    [InlineData("ADMIN", UserRole.Admin)]
    [InlineData("1", null)]
    [InlineData("root", null)]
    [InlineData("", null)]
    public void RoleNamesAreReadWhateverTheirCase(string text, UserRole? expected) =>
        Assert.Equal(expected, UserAccounts.ParseRole(text));
}
