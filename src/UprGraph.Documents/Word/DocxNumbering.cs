using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace UprGraph.Documents.Word;

/// <summary>
/// The labels Word draws before numbered paragraphs ("12.", "II.", "A."), which are not in the paragraph's text.
/// Follows the paragraph's own numbering or its style's (through basedOn), counting per abstract list as Word does;
/// bullets and unnumbered paragraphs get no label.
/// </summary>
internal sealed class DocxNumbering
{
    private const int MaxStyleDepth = 16;

    private readonly Numbering? _numbering;
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, DocxListCounter> _counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        _numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    /// <summary>The label of the paragraph, counting it; null when it is not numbered.</summary>
    public string? Label(Paragraph paragraph)
    {
        if (_numbering is null || !TryGetNumbering(paragraph, out var numId, out var level))
        {
            return null;
        }

        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = _numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        if (abstractId is not { } key || definition is null)
        {
            return null;
        }

        if (!_counters.TryGetValue(key, out var counter))
        {
            counter = new DocxListCounter(definition);
            _counters.Add(key, counter);
        }

        return counter.Next(level);
    }

    private bool TryGetNumbering(Paragraph paragraph, out int numId, out int level)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; properties?.NumberingId is null && styleId is not null && depth < MaxStyleDepth; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                break;
            }

            properties = style.StyleParagraphProperties?.NumberingProperties;
            styleId = style.BasedOn?.Val?.Value;
        }

        numId = properties?.NumberingId?.Val?.Value ?? 0;
        level = properties?.NumberingLevelReference?.Val?.Value ?? 0;
        return numId != 0;
    }
}
