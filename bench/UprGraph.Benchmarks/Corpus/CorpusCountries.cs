namespace UprGraph.Benchmarks.Corpus;

/// <summary>Fifty countries reviewed by the UPR, with names that read naturally where the seed says "Kazakhstan".</summary>
public static class CorpusCountries
{
    public static IReadOnlyList<CorpusCountry> All { get; } =
    [
        new("Afghanistan", "AFG"), new("Albania", "ALB"), new("Algeria", "DZA"), new("Argentina", "ARG"),
        new("Armenia", "ARM"), new("Australia", "AUS"), new("Azerbaijan", "AZE"), new("Bangladesh", "BGD"),
        new("Barbados", "BRB"), new("Belarus", "BLR"), new("Brazil", "BRA"), new("Cambodia", "KHM"),
        new("Cameroon", "CMR"), new("Canada", "CAN"), new("Chile", "CHL"), new("Colombia", "COL"),
        new("Denmark", "DNK"), new("Ecuador", "ECU"), new("Egypt", "EGY"), new("Ethiopia", "ETH"),
        new("France", "FRA"), new("Georgia", "GEO"), new("Germany", "DEU"), new("Ghana", "GHA"),
        new("Guatemala", "GTM"), new("Hungary", "HUN"), new("India", "IND"), new("Indonesia", "IDN"),
        new("Jamaica", "JAM"), new("Japan", "JPN"), new("Jordan", "JOR"), new("Kenya", "KEN"),
        new("Kyrgyzstan", "KGZ"), new("Lebanon", "LBN"), new("Malaysia", "MYS"), new("Mexico", "MEX"),
        new("Mongolia", "MNG"), new("Morocco", "MAR"), new("Nepal", "NPL"), new("Nigeria", "NGA"),
        new("Pakistan", "PAK"), new("Paraguay", "PRY"), new("Peru", "PER"), new("Poland", "POL"),
        new("Senegal", "SEN"), new("Slovenia", "SVN"), new("Tajikistan", "TJK"), new("Tunisia", "TUN"),
        new("Uganda", "UGA"), new("Zambia", "ZMB"),
    ];
}
