namespace UprGraph.Curation.Tests;

/// <summary>Reads curation YAML given as text and applies it to the Ruritania graph.</summary>
internal static class Curate
{
    public const string File = "curation.yaml";

    public static CurationFile Read(string yaml) => CurationReader.Read(new StringReader(yaml), File);

    public static CurationResult Ruritania(string yaml) =>
        GraphCurator.Apply(Tests.Ruritania.Graph(), Read(yaml), Tests.Ruritania.Documents());
}
