using Dashboard.Data.Queries;

namespace Dashboard.Web.Api;

/// <summary>A panel's rows for one request, or the problems with its parameters by name.</summary>
/// <typeparam name="TRow">The query's row type.</typeparam>
public sealed record PanelReply<TRow>(ArticleFilter Filter, IReadOnlyList<TRow> Rows, Dictionary<string, string[]> Errors)
{
    /// <summary>400 with the named problems, or the rows shaped by <paramref name="answer"/>.</summary>
    public IResult Answer(Func<PanelReply<TRow>, IResult> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Errors.Count > 0 ? Results.ValidationProblem(Errors) : answer(this);
    }
}
