namespace Dashboard.Web.Export;

/// <summary>The file formats a panel's data downloads in.</summary>
public enum ExportFormat
{
    /// <summary>Comma-separated values, UTF-8 with a byte-order mark.</summary>
    Csv,

    /// <summary>An Excel workbook, numbers as numbers.</summary>
    Xlsx,
}
