namespace Dashboard.Web.Export;

/// <summary>Sends a <see cref="CsvTable"/> as a download named after the panel and the range.</summary>
public sealed class CsvFileResult(CsvTable table, string fileName) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        // filename* carries the name as UTF-8 for browsers; the plain one is the ASCII fallback.
        response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileName = fileName,
            FileNameStar = fileName,
        }.ToString();
        await table.WriteAsync(response.Body, httpContext.RequestAborted);
    }
}
