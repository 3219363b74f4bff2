using UprGraph.Segmentation;

namespace UprGraph.Tests.Segmentation;

public class JointMembersTests
{
    [Fact]
    public void Drops_the_city_and_country_after_each_member()
    {
        // Act
        var members = JointMembers.Default.Parse("Human Rights Network Uganda, Kampala, Uganda; Defenders Protection Initiative, Kampala, Uganda");

        // Assert
        Assert.Equal(["Human Rights Network Uganda", "Defenders Protection Initiative"], members);
    }

    [Fact]
    public void Splits_at_an_and_that_follows_a_country_with_and_in_its_name()
    {
        // Act
        var members = JointMembers.Default.Parse("Caribbean Vulnerable Communities Coalition, San Fernando, Trinidad and Tobago and The Global Alliance for Justice, Geneva, Switzerland");

        // Assert
        Assert.Equal(["Caribbean Vulnerable Communities Coalition", "Global Alliance for Justice"], members);
    }

    [Fact]
    public void Keeps_a_short_name_before_a_city_with_its_country_in_brackets()
    {
        // Act
        var members = JointMembers.Default.Parse("Alternatives-Cameroun, Douala (Cameroon) and Oxfam Zambia, Lusaka (Zambia)");

        // Assert
        Assert.Equal(["Alternatives-Cameroun", "Oxfam Zambia"], members);
    }

    [Fact]
    public void Reads_the_members_after_namely()
    {
        // Act
        var members = JointMembers.Default.Parse("Members of the Platform for Civic Rights, namely the Helsinki Committee; the Roma Union of Serbia; Belgrade (Serbia).");

        // Assert
        Assert.Equal(["Helsinki Committee", "Roma Union of Serbia"], members);
    }

    [Theory]
    [InlineData("Save the Children International, London, United Kingdom", "Save the Children International")]
    [InlineData("Centre for Civil and Political Rights, Geneva (Switzerland)", "Centre for Civil and Political Rights")]
    [InlineData("The Kenya Human Rights Commission, Nairobi, Kenya", "Kenya Human Rights Commission")]
    public void Takes_a_name_without_its_place(string entry, string name)
    {
        // Act
        var actual = JointMembers.Default.WithoutPlace(entry);

        // Assert
        Assert.Equal(name, actual);
    }
}
