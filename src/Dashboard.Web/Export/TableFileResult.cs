namespace Dashboard.Web.Export;

/// <summary>Sends an <see cref="ExportTable"/> as a download named after the panel and the range.</summary>
public sealed class TableFileResult(ExportTable table, string fileName, ExportFormat format) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = format == ExportFormat.Csv
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        // filename* carries the name as UTF-8 for browsers; the plain one is the ASCII fallback.
        response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileName = fileName,
            FileNameStar = fileName,
        }.ToString();
        await table.WriteAsync(response.Body, format, httpContext.RequestAborted);
    }
}
