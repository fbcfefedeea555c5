using ComplaintBot.Dialogs.Engine.Recognition;

namespace ComplaintBot.Dialogs.Engine.Tests.Recognition;

public class RecognizerModelsTests
{
    [Fact]
    public void WarmUp_BuildsModels_AndRecognitionWorks()
    {
        RecognizerModels.WarmUp();

        // Without Microsoft.Extensions.Caching.Memory the recognizers silently return nothing.
        var result = Assert.Single(RecognizerModels.GetNumberModel("zh-CN").Parse("三百"));
        Assert.Equal("300", result.Resolution["value"]);
        Assert.NotEmpty(RecognizerModels.ParseDateTime("yesterday", new DateTime(2026, 11, 27), "en-US"));
        Assert.NotEmpty(RecognizerModels.GetCurrencyModel("zh-CN").Parse("299元"));
    }

    [Fact]
    public void GetModel_SameCulture_ReturnsSameInstance()
    {
        Assert.Same(RecognizerModels.GetNumberModel("zh-TW"), RecognizerModels.GetNumberModel("zh-CN"));
        Assert.Same(RecognizerModels.GetOrdinalModel("en-GB"), RecognizerModels.GetOrdinalModel(null));
        Assert.NotSame(RecognizerModels.GetNumberModel("zh-CN"), RecognizerModels.GetNumberModel("en-US"));
    }
}
