using UprGraph.Recognition;

namespace UprGraph.Tests.Recognition;

public class SpanIndexTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(500)]
    public void Finds_the_points_inside_its_spans_and_no_other(int count)
    {
        // Arrange: spans of 10 characters every 40, and one of 1,000 that crosses several stretches
        var index = new SpanIndex();
        for (var i = 0; i < count; i++)
        {
            index.Add(i * 40, (i * 40) + 10);
        }

        index.Add(100_000, 101_000);

        // Act & Assert
        for (var point = 0; point < count * 40; point++)
        {
            Assert.Equal(point % 40 < 10, index.Contains(point));
        }

        Assert.True(index.Contains(100_000));
        Assert.True(index.Contains(100_999));
        Assert.False(index.Contains(101_000));
        Assert.False(index.Contains(99_999));
    }
}
