namespace ComplaintBot.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
