namespace ComplaintBot.Domain.Complaints;

/// <summary>The marketplace the order was placed on.</summary>
public enum Platform
{
    /// <summary><c>taobao</c>: 淘宝.</summary>
    Taobao,

    /// <summary><c>tmall</c>: 天猫.</summary>
    Tmall,
}
