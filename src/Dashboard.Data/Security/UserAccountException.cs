namespace Dashboard.Data.Security;

/// <summary>A user change that was refused, with a message that says why and can be shown as it is.</summary>
public sealed class UserAccountException : Exception
{
    /// <summary>Makes the exception.</summary>
    public UserAccountException(string message)
        : base(message)
    {
    }

    /// <summary>Makes the exception.</summary>
    public UserAccountException()
    {
    }

    /// <summary>Makes the exception.</summary>
    public UserAccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
