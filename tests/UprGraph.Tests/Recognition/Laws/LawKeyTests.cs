using UprGraph.Recognition.Laws;

namespace UprGraph.Tests.Recognition.Laws;

public class LawKeyTests
{
    [Theory]
    [InlineData("Code", "Criminal Procedure Code", "Code", "Code of Criminal Procedure")]
    [InlineData("Law", "Trade Union Law", "Law", "Law on Trade Unions")]
    [InlineData("Act", "Equal Treatment Act", "Act", "Act on Equal Treatment")]
    [InlineData("Act", "Act No. 7363/64 on Public Order", "Act", "Act No. 7363")]
    [InlineData("Law", "Law No. 1.066/1997", "Law", "Law No. 1.066/97")]
    [InlineData("Law", "Law No. 2004/016 on the establishment of the Commission", "Law", "Law No. 2004/016")]
    [InlineData("Act", "Act XX of 2020", "Act", "Act XX of 2020 on Transitional Rules")]
    public void Gives_variants_of_one_acts_name_one_key(string head, string name, string otherHead, string other)
    {
        Assert.Equal(LawKey.Of(head, name), LawKey.Of(otherHead, other));
    }

    [Theory]
    [InlineData("Law", "Law No. 2004/016", "Law", "Law No. 2004/017")]
    [InlineData("Decree", "Decree No. 2008/377", "Decree", "Decree No. 2008/378")]
    [InlineData("Act", "Act XX of 2020", "Act", "Act XX of 2021")]
    [InlineData("Code", "Criminal Code", "Code", "Civil Code")]
    [InlineData("Act", "Public Order Act", "Act", "Public Act")]
    public void Gives_different_acts_different_keys(string head, string name, string otherHead, string other)
    {
        Assert.NotEqual(LawKey.Of(head, name), LawKey.Of(otherHead, other));
    }
}
