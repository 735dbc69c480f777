namespace Dashboard.Data.Security;

/// <summary>A person who signs in, as listed and as carried by a sign-in: never the password hash.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="UserName">The name as it was written when the user was added.</param>
/// <param name="Role">What the user may do.</param>
/// <param name="SecurityStamp">Changes with the role or password, so a sign-in made before the change stops working.</param>
/// <param name="LockedUntil">Until when sign-in is refused after repeated wrong passwords, or null.</param>
/// <param name="Created">When the user was added.</param>
public sealed record UserAccount(long Id, string UserName, UserRole Role, string SecurityStamp, DateTimeOffset? LockedUntil, DateTimeOffset Created);
