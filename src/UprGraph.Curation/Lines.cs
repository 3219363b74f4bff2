using YamlDotNet.RepresentationModel;

namespace UprGraph.Curation;

/// <summary>Where a YAML node starts, as 1-based line and column numbers.</summary>
internal static class Lines
{
    public static int Of(YamlNode node) => (int)node.Start.Line;

    public static int ColumnOf(YamlNode node) => (int)node.Start.Column;
}
