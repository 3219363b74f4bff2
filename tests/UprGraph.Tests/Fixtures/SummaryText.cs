using System.Globalization;
using System.Text;
using UprGraph.Reading;
using UprGraph.Relations;
using UprGraph.Segmentation;

namespace UprGraph.Tests.Fixtures;

/// <summary>
/// Writes a small stakeholder summary in the genre's layout: the masthead, "I. Background" with paragraph 1 (which
/// carries footnote 1, the annex's stakeholder list), "II. Information provided by stakeholders", then the sections,
/// headings and paragraphs the test adds (numbered from 2), and the Notes annex when the test gives one.
/// </summary>
internal sealed class SummaryText(string countryCode, string countryName, int session = 44)
{
    private readonly StringBuilder _body = new();
    private readonly List<string> _notes = [];
    private int _paragraph = 1;

    public string Symbol => $"A/HRC/WG.6/{session}/{countryCode}/3";

    public string File => Symbol.Replace('/', '-') + ".txt";

    public SummaryText Heading(string text)
    {
        _body.Append(text).Append('\n');
        return this;
    }

    /// <summary>Adds the next numbered paragraph; its lines as given (a '\n' in the text wraps it).</summary>
    public SummaryText Paragraph(string text)
    {
        _paragraph++;
        _body.Append(_paragraph.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(text).Append('\n');
        return this;
    }

    /// <summary>Adds the annex: the stakeholder list (the rest of footnote 1) and the notes from 2 on ("2 AI, p. 3.").</summary>
    public SummaryText Notes(params string[] lines)
    {
        _notes.AddRange(lines);
        return this;
    }

    public string Build()
    {
        var text = new StringBuilder()
            .Append("United Nations A\n/HRC/WG.6/").Append(session).Append('/').Append(countryCode).Append("/3\n")
            .Append("General Assembly\nDistr.: General\n14 February 2024\nOriginal: English\n")
            .Append("Human Rights Council\nWorking Group on the Universal Periodic Review\n")
            .Append("Summary of stakeholders’ submissions on ").Append(countryName).Append("*\n")
            .Append("Report of the Office of the United Nations High Commissioner for Human Rights\n")
            .Append("I. Background\n")
            .Append("1. The present report was prepared pursuant to Human Rights Council resolutions 5/1\n")
            .Append("and 16/21. It is a summary of 9 stakeholders’ submissions1 to the universal periodic review.\n")
            .Append("II. Information provided by stakeholders\n")
            .Append(_body);
        if (_notes.Count > 0)
        {
            text.Append("Notes\n1 The stakeholders listed below have contributed information for this summary; the full texts of\n")
                .Append("all original submissions are available at www.ohchr.org.\n");
            foreach (var line in _notes)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    public SourceDocument Document() => new(File, Build());

    public SegmentedDocument Segment() => DocumentSegmenter.Segment(Document());

    public RelationList Relate(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        var rules = ReferenceEquals(options.Vocabulary, UprGraph.Vocabulary.GenreVocabulary.Default) ? ExtractionRules.Default : new ExtractionRules(options.Vocabulary);
        return new(new DocumentRelator(DocumentSegmenter.Segment(Document(), rules.Members), options, rules).Relate());
    }
}
