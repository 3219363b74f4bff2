using UprGraph.Recognition;
using UprGraph.Recognition.Laws;
using UprGraph.Resolution;

namespace UprGraph.Tests.Resolution;

public class LawRegistryTests
{
    private static readonly LawRecognizer s_recognizer = new();

    private static LawEntity? Resolve(LawRegistry registry, string sentence) =>
        Assert.Single(s_recognizer.Recognize(sentence)) is var mention ? registry.Resolve(mention) : null;

    [Theory]
    [InlineData("The Criminal Procedure Code allowed long detention.", "The Code of Criminal Procedure allowed long detention.")]
    [InlineData("The Trade Union Law of 2014 restricted strikes.", "The 2014 Law on Trade Unions restricted strikes.")]
    [InlineData("The Code on Administrative Offences provided fines.", "The Administrative Offences Code provided fines.")]
    [InlineData("The Family Code of Armenia set the age of marriage at 18.", "The Family Code set the age of marriage at 18.")]
    [InlineData("The Law “On Freedom of Conscience” restricted missionaries.", "The Law on Freedom of Conscience restricted missionaries.")]
    public void Merges_the_variants_of_one_act(string first, string second)
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");

        // Act
        var a = Resolve(registry, first);
        var b = Resolve(registry, second);

        // Assert
        Assert.NotNull(a);
        Assert.Same(a, b);
        Assert.Single(registry.All);
    }

    [Fact]
    public void Keeps_the_other_surface_forms_as_aliases()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");

        // Act
        Resolve(registry, "The Criminal Procedure Code allowed long detention.");
        var law = Resolve(registry, "The Code of Criminal Procedure of 2022 allowed long detention.");

        // Assert
        Assert.NotNull(law);
        Assert.Equal("Criminal Procedure Code", law.Name);
        Assert.Equal(2022, law.Year);
        Assert.Contains("Code of Criminal Procedure", law.Aliases);
    }

    [Fact]
    public void Keeps_different_acts_apart()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");

        // Act
        var criminal = Resolve(registry, "The Criminal Code was vague.");
        var procedure = Resolve(registry, "The Criminal Procedure Code was vague.");

        // Assert
        Assert.NotEqual(criminal?.Id, procedure?.Id);
    }

    [Fact]
    public void Resolves_the_code_to_the_code_named_last()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");
        Resolve(registry, "The Labour Code excluded domestic workers.");
        var electoral = Resolve(registry, "The Electoral Code limited independent candidates.");
        Resolve(registry, "The Law on Assemblies required notification.");

        // Act
        var code = Resolve(registry, "The same Code required a deposit.");

        // Assert
        Assert.Same(electoral, code);
    }

    [Fact]
    public void Resolves_a_law_with_a_year_to_the_law_of_that_year()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");
        var media = Resolve(registry, "The 2018 Law on Mass Media required licences.");
        Resolve(registry, "The 2021 Law on Assemblies required notification.");

        // Act
        var law = Resolve(registry, "The 2018 Law was used against bloggers.");

        // Assert
        Assert.Same(media, law);
    }

    [Fact]
    public void Resolves_a_reference_with_nothing_before_it_to_nothing()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");

        // Act
        var law = Resolve(registry, "The Code provided sanctions.");

        // Assert
        Assert.Null(law);
        Assert.Empty(registry.All);
    }

    [Fact]
    public void Gives_acts_ids_of_their_country()
    {
        // Act
        var armenian = Resolve(new LawRegistry("ARM", "Armenia"), "The Criminal Code was vague.");
        var georgian = Resolve(new LawRegistry("GEO", "Georgia"), "The Criminal Code was vague.");

        // Assert
        Assert.NotEqual(armenian?.Id, georgian?.Id);
        Assert.StartsWith("law:ARM:", armenian?.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_proposed_act_apart_from_the_act_in_force()
    {
        // Arrange
        var registry = new LawRegistry("ARM", "Armenia");
        var proposed = new ProposedLawRecognizer().Recognize("AI recommended adopting a new law on domestic violence.");

        // Act
        var law = registry.Resolve(Assert.Single(proposed));

        // Assert
        Assert.NotNull(law);
        Assert.True(law.Proposed);
        Assert.Equal(MentionKind.Law, proposed[0].Kind);
    }
}
