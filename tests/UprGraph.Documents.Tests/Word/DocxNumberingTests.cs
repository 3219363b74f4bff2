using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UprGraph.Documents.Tests.Fixtures;
using UprGraph.Documents.Word;

namespace UprGraph.Documents.Tests.Word;

public sealed class DocxNumberingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Writes_the_numbers_word_draws_before_list_and_styled_paragraphs()
    {
        // Arrange: headings numbered I., II. directly; paragraphs numbered 1., 2., ... through their style
        var path = _folder.File("numbered.docx");
        using (var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                List(abstractId: 10, NumberFormatValues.UpperRoman, "%1."),
                List(abstractId: 20, NumberFormatValues.Decimal, "%1."),
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 2 }))) { StyleId = "ParaNum", Type = StyleValues.Paragraph },
                new Style(new BasedOn { Val = "ParaNum" }) { StyleId = "SingleTxt", Type = StyleValues.Paragraph });
            main.Document = new Document(new Body(
                Numbered(1, "Background"),
                Styled("SingleTxt", "The present report was prepared pursuant to resolutions 5/1 and 16/21."),
                Numbered(1, "Information provided by stakeholders"),
                Styled("SingleTxt", "Joint Submission 3 (JS3) recommended that Ruritania ratify the Convention.2"),
                new Paragraph(new Run(new Text("Equality and non-discrimination"))),
                Styled("SingleTxt", "JS3 noted that the Law \u201COn Equality\u201D was not applied.3")));
        }

        // Act
        var text = new DocxDocumentReader().Read(path).Text;
        // Assert
        Assert.Equal(
            "I. Background\n1. The present report was prepared pursuant to resolutions 5/1 and 16/21.\n" +
            "II. Information provided by stakeholders\n2. Joint Submission 3 (JS3) recommended that Ruritania ratify the Convention.2\n" +
            "Equality and non-discrimination\n3. JS3 noted that the Law \u201COn Equality\u201D was not applied.3\n",
            text);
    }

    private static AbstractNum List(int abstractId, NumberFormatValues format, string pattern) =>
        new(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = pattern }) { LevelIndex = 0 })
        {
            AbstractNumberId = abstractId,
        };

    private static Paragraph Numbered(int numId, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })), new Run(new Text(text)));

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

    public void Dispose() => _folder.Dispose();
}
