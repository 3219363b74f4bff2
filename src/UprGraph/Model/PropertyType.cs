using System.Diagnostics.CodeAnalysis;

namespace UprGraph.Model;

/// <summary>The value types a node or relationship property can have in every sink.</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The names are the schema's own type words.")]
public enum PropertyType
{
    String,
    Int,
    Bool,
    StringList,
    IntList,

    /// <summary>A list of <see cref="DocumentWarning"/>: objects in graph.json, <c>code: message</c> strings elsewhere.</summary>
    WarningList,
}
