namespace Dashboard.Core.Demo;

/// <summary>Writes a count of victims the ways Arabic news does: digits, number words, duals and singulars.</summary>
internal static class ArabicCounting
{
    private static readonly string[] Units = ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];

    /// <summary>"مقتل X" with X a phrase for <paramref name="count"/> people of the plural noun.</summary>
    public static string People(int count, string plural, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return count switch
        {
            1 => Singular(plural),
            2 => Dual(plural),
            <= 10 when random.Next(2) == 0 => $"{Units[count]} {plural}",
            _ => $"{count} {AccusativeOrPlural(count, plural)}",
        };
    }

    // From eleven up Arabic counts with a singular accusative noun; we keep the plural for the
    // nouns that outlets keep plural in practice.
    private static string AccusativeOrPlural(int count, string plural) => count <= 10 ? plural : plural switch
    {
        "مدنيين" => "مدنيا",
        "جنود" => "جنديا",
        "مسلحين" => "مسلحا",
        "أشخاص" => "شخصا",
        "أطفال" => "طفلا",
        _ => plural,
    };

    private static string Singular(string plural) => plural switch
    {
        "مدنيين" => "مدني",
        "جنود" => "جندي",
        "مسلحين" => "مسلح",
        "أشخاص" => "شخص",
        "أطفال" => "طفل",
        _ => "شرطي",
    };

    private static string Dual(string plural) => plural switch
    {
        "مدنيين" => "مدنيين اثنين",
        "جنود" => "جنديين",
        "مسلحين" => "مسلحين اثنين",
        "أشخاص" => "شخصين",
        "أطفال" => "طفلين",
        _ => "شرطيين",
    };
}
