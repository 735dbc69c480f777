namespace Dashboard.Web.Tests.Security;

/// <summary>The secured app with a low sign-in rate limit, for the throttling test alone.</summary>
public sealed class ThrottledApp : SecuredApp
{
    public const int Limit = 3;

    protected override int SignInAttemptsPerMinute => Limit;
}
