namespace Dashboard.Web;

/// <summary>
/// The interface's texts, for <c>IStringLocalizer&lt;UiText&gt;</c>. Each text's key is its Arabic
/// wording, which is also what an Arabic page shows; <c>Resources/UiText.en.resx</c> gives the
/// English for each key. A key with no English entry shows in Arabic, so a missing translation is
/// visible rather than blank.
/// </summary>
public sealed class UiText;
